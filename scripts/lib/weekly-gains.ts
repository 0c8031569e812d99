/**
 * The weekly series' changes, computed by `regionParts`/`regionTotalsKm2` (src/lib/geo) against the Natural
 * Earth oblasts, the method of the series' reference table (SOURCES.md, weekly section, step 3):
 * `weekly-gains.json`, km² gained and lost per oblast each week, and `gains/weekly/<date>.geojson`,
 * the parts gained in the week up to each date, which the time-lapse highlights. Each story axis's
 * weekly km² on its own ground (its oblasts, or the circle `within_km` of its city) go in the table
 * too, so the compare view and the gains chart read one series per axis.
 */
import type { Feature, Position } from 'geojson';
import type { Change } from '../../src/lib/data/schema/map-features';
import type { Axis, Snapshot, Story } from '../../src/lib/data/schema/stories';
import type { AxisGround, WeeklyGains } from '../../src/lib/data/weekly';
import { areaWithinKm2, type AreaCollection } from '../../src/lib/geo';
import {
	regionParts,
	regionTotalsKm2,
	type IdRegion,
	type RegionChange,
	type RegionParts
} from '../../src/lib/geo/weekly-gains';
import { cleanArea, feature, simplifyShared, type AreaGeometry } from './geometry';
import { readCollection } from './io';
import { oblast, required } from './layers';

const round2 = (km2: number) => Math.round(km2 * 100) / 100;

/** The weekly series: snapshots whose id starts with `weekly-`, by date. */
function weeklySeries(snapshots: Snapshot[]): Snapshot[] {
	return snapshots
		.filter((s) => s.id.startsWith('weekly-'))
		.sort((a, b) => a.date.localeCompare(b.date));
}

/** `gains/weekly/<date>.geojson`: the file of the parts gained in the week up to `date`. */
function weekGainsFile(date: string): string {
	return `gains/weekly/${date}.geojson`;
}

interface Week extends RegionParts {
	from: string;
	to: string;
}

function weeks(root: string, snapshots: Snapshot[]): Week[] {
	const series = weeklySeries(snapshots);
	const areas = series.map((s) => readCollection(root, s.input) as AreaCollection);
	const admin = readCollection(root, 'admin/ne_admin1_ua_ru.geojson').features as IdRegion[];
	return series.slice(1).map((to, i) => ({
		from: required(series[i], 'the weekly series').date,
		to: to.date,
		...regionParts(areas[i]!, areas[i + 1]!, admin)
	}));
}

type Part = Week['gained'][number];

/** km² of `parts` on an axis's ground: parts held by its oblasts, whole, or pieces in its circle. */
function groundKm2(parts: Part[], axis: Axis, isos: string[], cityAt: (id: string) => Position) {
	if (axis.within_km === undefined) {
		return parts
			.filter((p) => p.regionId && isos.includes(p.regionId))
			.reduce((km2, p) => km2 + p.km2, 0);
	}
	return areaWithinKm2(
		parts.map((p) => p.part),
		cityAt(axis.main_city),
		axis.within_km
	);
}

/** Each story axis's series: its ground and its km² gained and lost each week. */
function axisSeries(
	all: Week[],
	stories: Story[],
	isoOf: (oblastId: string) => string | undefined,
	cityAt: (id: string) => Position
): WeeklyGains['axes'] {
	return stories.flatMap((story) =>
		story.axes.map((axis) => {
			const isos = axis.places.flatMap((id) => isoOf(id) ?? []);
			const ground: AxisGround =
				axis.within_km === undefined
					? { oblasts: axis.places.filter((id) => isoOf(id)) }
					: { city: axis.main_city, within_km: axis.within_km };
			return {
				story: story.id,
				axis: axis.id,
				ground,
				gained_km2: all.map((w) => round2(groundKm2(w.gained, axis, isos, cityAt))),
				lost_km2: all.map((w) => round2(groundKm2(w.lost, axis, isos, cityAt)))
			};
		})
	);
}

/**
 * Both outputs: `weekly-gains.json` and each week's gained parts by file (relative to geodata/).
 * @param cityAt a place's `[lon, lat]` by id (a sector axis's centre)
 */
export function buildWeeklyGains(
	root: string,
	snapshots: Snapshot[],
	stories: Story[],
	cityAt: (id: string) => Position
): { table: WeeklyGains; parts: Map<string, Feature<AreaGeometry, Change>[]> } {
	const all = weeks(root, snapshots);
	const touched = [
		...new Set(
			all.flatMap((w) => [...w.gained, ...w.lost].flatMap((p) => (p.regionId ? [p.regionId] : [])))
		)
	].sort();
	const km2By = (totals: Record<string, RegionChange>, key: 'gainedKm2' | 'lostKm2') =>
		Object.fromEntries(touched.map((iso) => [iso, round2(totals[iso]![key])]));
	const table: WeeklyGains = {
		method:
			'Turf difference of consecutive weekly snapshots, parts under 0.5 km² dropped, each part counted whole in the Natural Earth oblast that holds most of it',
		oblasts: touched.map((iso) => ({ iso, id: oblast(iso).id })),
		weeks: all.map((w) => {
			const totals = regionTotalsKm2(w, touched);
			return {
				from: w.from,
				to: w.to,
				gained_km2: km2By(totals, 'gainedKm2'),
				lost_km2: km2By(totals, 'lostKm2')
			};
		}),
		axes: []
	};
	const isoOf = (id: string) => table.oblasts.find((o) => o.id === id)?.iso;
	table.axes = axisSeries(all, stories, isoOf, cityAt);
	const parts = new Map(
		all.map((w) => [
			weekGainsFile(w.to),
			w.gained.flatMap(({ regionId: iso, km2, part }) => {
				if (!iso) return [];
				const props: Change = {
					change: 'russian_gain',
					area_km2: round2(km2),
					oblast_id: oblast(iso).id,
					from_date: w.from,
					to_date: w.to
				};
				const [shape] = simplifyShared([part.geometry], 0, 5);
				return [feature(props, required(shape && cleanArea(shape), `gains of ${w.to}`))];
			})
		])
	);
	return { table, parts };
}
