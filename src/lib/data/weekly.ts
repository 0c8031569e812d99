/**
 * The weekly series of the front: ground gained per oblast each week and per story axis on the
 * axis's own ground (`geodata/weekly-gains.json`, made by `npm run data`).
 */
import type { Axis } from './schema/stories';

/** Where an axis's km² are measured: whole oblasts (region ids), or a circle around its city. */
export type AxisGround = { oblasts: string[] } | { city: string; within_km: number };

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
	/** Each story axis's km² gained and lost on its ground, one entry per week of `weeks`. */
	axes: {
		story: string;
		axis: string;
		ground: AxisGround;
		gained_km2: number[];
		lost_km2: number[];
	}[];
}

/** One week's ground gained on an axis. */
export interface AxisWeek {
	/** The week's later snapshot date (`YYYY-MM-DD`). */
	date: string;
	/** The week's earlier snapshot date. */
	from: string;
	/** km² gained on the axis's ground that week, rounded to 0.1. */
	km2: number;
	/** km² lost on the axis's ground that week, rounded to 0.1. */
	lostKm2: number;
}

const round1 = (km2: number) => Math.round(km2 * 10) / 10;

/** Each axis's weekly series, in the story's axis order, and the ground it is measured on. */
export interface AxisSeries {
	axis: Axis;
	ground: AxisGround;
	weeks: AxisWeek[];
}

/**
 * A story axis's weekly km², each week rounded to 0.1 km² once, so that sums of the shown weeks
 * are the shown totals.
 * @throws when `weekly-gains.json` has no series for the axis (run `npm run data`)
 */
export function axisSeries(storyId: string, axis: Axis, gains: WeeklyGains): AxisSeries {
	const own = gains.axes.find((a) => a.story === storyId && a.axis === axis.id);
	if (!own) {
		throw new Error(
			`weekly-gains.json: no series for ${storyId} axis ${axis.id}; run npm run data`
		);
	}
	return {
		axis,
		ground: own.ground,
		weeks: gains.weeks.map((w, i) => ({
			date: w.to,
			from: w.from,
			km2: round1(own.gained_km2[i] ?? 0),
			lostKm2: round1(own.lost_km2[i] ?? 0)
		}))
	};
}

/**
 * A story's axes' series, cut to the weeks from `since` (a week starting on or after it) to
 * `until` (ending on or before it); null bounds leave that end open.
 */
export function axesSeries(
	story: { id: string; axes: readonly Axis[] },
	gains: WeeklyGains,
	until: string | null = null,
	since: string | null = null
): AxisSeries[] {
	return story.axes.map((axis) => {
		const series = axisSeries(story.id, axis, gains);
		const weeks = series.weeks.filter(
			(w) => (until === null || w.date <= until) && (since === null || w.from >= since)
		);
		return { ...series, weeks };
	});
}

/** Sum of the shown (rounded) weeks, so that the total is the sum of the figures on screen. */
export function cumulativeKm2(series: AxisSeries): number {
	return Math.round(series.weeks.reduce((sum, w) => sum + w.km2 * 10, 0)) / 10;
}

/** Sum of the shown (rounded) weeks' losses, like {@link cumulativeKm2}. */
export function cumulativeLostKm2(series: AxisSeries): number {
	return Math.round(series.weeks.reduce((sum, w) => sum + w.lostKm2 * 10, 0)) / 10;
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
