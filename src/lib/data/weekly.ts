/**
 * The weekly series of the front: ground gained per oblast each week (`geodata/weekly-gains.json`,
 * made by `npm run data`) and the sums per axis of a story.
 */
import type { Axis } from './schema';

/** `geodata/weekly-gains.json`. */
export interface WeeklyGains {
	/** How the numbers were computed, in one sentence. */
	method: string;
	/** The oblasts that gained or lost ground in any week: ISO 3166-2 code and region id. */
	oblasts: { iso: string; id: string }[];
	/** Consecutive weeks, oldest first; km² rounded to 0.01, by ISO code. */
	weeks: {
		from: string;
		to: string;
		gained_km2: Record<string, number>;
		lost_km2: Record<string, number>;
	}[];
}

/** One week's ground gained on an axis. */
export interface AxisWeek {
	/** The week's later snapshot date (`YYYY-MM-DD`). */
	date: string;
	/** The week's earlier snapshot date. */
	from: string;
	/** km² gained in the axis's oblasts that week, rounded to 0.1. */
	km2: number;
}

const round1 = (km2: number) => Math.round(km2 * 10) / 10;

/** The oblasts (ISO codes) of an axis: those of its places that are oblasts in the series. */
export function axisOblasts(axis: Axis, gains: WeeklyGains): string[] {
	return gains.oblasts.filter((o) => axis.places.includes(o.id)).map((o) => o.iso);
}

/**
 * Weekly km² gained on an axis, each week rounded to 0.1 km² once, so that sums of the shown
 * weeks are the shown totals.
 */
export function axisWeeks(axis: Axis, gains: WeeklyGains): AxisWeek[] {
	const isos = axisOblasts(axis, gains);
	return gains.weeks.map((w) => ({
		date: w.to,
		from: w.from,
		km2: round1(isos.reduce((sum, iso) => sum + (w.gained_km2[iso] ?? 0), 0))
	}));
}
