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

/** Each axis's weekly series, in the story's axis order. */
export interface AxisSeries {
	axis: Axis;
	weeks: AxisWeek[];
}

/** The axes' series, cut to the weeks ending on or before `until` (all weeks when null). */
export function axesSeries(
	axes: readonly Axis[],
	gains: WeeklyGains,
	until: string | null = null
): AxisSeries[] {
	return axes.map((axis) => ({
		axis,
		weeks: axisWeeks(axis, gains).filter((w) => until === null || w.date <= until)
	}));
}

/** Sum of the shown (rounded) weeks, so that the total is the sum of the figures on screen. */
export function cumulativeKm2(series: AxisSeries): number {
	return Math.round(series.weeks.reduce((sum, w) => sum + w.km2 * 10, 0)) / 10;
}

/**
 * The first week from which `leader`'s cumulative km² stays above `other`'s to the end of the
 * series, after having been at or below it; null when it never overtakes.
 */
export function overtakingWeek(leader: AxisSeries, other: AxisSeries): AxisWeek | null {
	let a = 0;
	let b = 0;
	let behind = false;
	let since: AxisWeek | null = null;
	leader.weeks.forEach((week, i) => {
		a += week.km2;
		b += other.weeks[i]?.km2 ?? 0;
		if (a > b + 1e-9) since ??= behind ? week : null;
		else {
			behind = true;
			since = null;
		}
	});
	return since;
}

/** The series as CSV rows: week start, week end, then each axis's km² (the chart's numbers). */
export function axesSeriesCsv(series: readonly AxisSeries[], lang: 'en' | 'uk'): string {
	const header = ['from', 'to', ...series.map((s) => `${s.axis.name[lang]} km2`)];
	const rows = (series[0]?.weeks ?? []).map((week, i) => [
		week.from,
		week.date,
		...series.map((s) => (s.weeks[i]?.km2 ?? 0).toFixed(1))
	]);
	return (
		[header, ...rows]
			.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(','))
			.join('\r\n') + '\r\n'
	);
}
