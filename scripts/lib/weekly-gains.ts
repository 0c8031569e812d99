/**
 * `weekly-gains.json`: ground gained and lost per oblast between consecutive weekly snapshots,
 * computed by `regionChangesKm2` (src/lib/geo) against the Natural Earth oblasts, the method of the
 * weekly series' reference table (SOURCES.md, weekly section, step 3).
 */
import type { Snapshot } from '../../src/lib/data/schema';
import type { WeeklyGains } from '../../src/lib/data/weekly';
import type { AreaCollection } from '../../src/lib/geo';
import { regionChangesKm2, type IdRegion } from '../../src/lib/geo/weekly-gains';
import { readCollection } from './io';
import { oblast, required } from './layers';

const round2 = (km2: number) => Math.round(km2 * 100) / 100;

/** The weekly series: snapshots whose id starts with `weekly-`, by date. */
export function weeklySeries(snapshots: Snapshot[]): Snapshot[] {
	return snapshots
		.filter((s) => s.id.startsWith('weekly-'))
		.sort((a, b) => a.date.localeCompare(b.date));
}

export function buildWeeklyGains(root: string, snapshots: Snapshot[]): WeeklyGains {
	const series = weeklySeries(snapshots);
	const areas = series.map((s) => readCollection(root, s.input) as AreaCollection);
	const admin = readCollection(root, 'admin/ne_admin1_ua_ru.geojson').features as IdRegion[];
	const weeks = series.slice(1).map((to, i) => {
		const from = required(series[i], 'the weekly series');
		return {
			from: from.date,
			to: to.date,
			changes: regionChangesKm2(areas[i]!, areas[i + 1]!, admin)
		};
	});
	const touched = admin
		.map((a) => a.properties.id)
		.filter((iso) => weeks.some((w) => w.changes[iso]!.parts > 0))
		.sort();
	return {
		method:
			'Turf difference of consecutive weekly snapshots, parts under 0.5 km² dropped, each part counted whole in the Natural Earth oblast that holds most of it',
		oblasts: touched.map((iso) => ({ iso, id: oblast(iso).id })),
		weeks: weeks.map(({ from, to, changes }) => ({
			from,
			to,
			gained_km2: Object.fromEntries(touched.map((iso) => [iso, round2(changes[iso]!.gainedKm2)])),
			lost_km2: Object.fromEntries(touched.map((iso) => [iso, round2(changes[iso]!.lostKm2)]))
		}))
	};
}
