/**
 * The weekly series' changes, computed by `regionParts`/`regionTotalsKm2` (src/lib/geo) against the Natural
 * Earth oblasts, the method of the series' reference table (SOURCES.md, weekly section, step 3):
 * `weekly-gains.json`, km² gained and lost per oblast each week, and `gains/weekly/<date>.geojson`,
 * the parts gained in the week up to each date, which the time-lapse highlights.
 */
import type { Feature } from 'geojson';
import type { Change, Snapshot } from '../../src/lib/data/schema';
import type { WeeklyGains } from '../../src/lib/data/weekly';
import type { AreaCollection } from '../../src/lib/geo';
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

/** Both outputs: `weekly-gains.json` and each week's gained parts by file (relative to geodata/). */
export function buildWeeklyGains(
	root: string,
	snapshots: Snapshot[]
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
		})
	};
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
