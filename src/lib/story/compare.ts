/**
 * The compare view's evidence, kept apart from what was said (issue #17): per axis, the ground
 * gained, the front's approach to the axis city and the recent pace, each over the span on screen
 * (the story's `gains_since` to the weekly snapshot on or before the date on screen), in the
 * rounding the panel shows, so that every figure is the sum or difference of figures shown.
 */
import type { Catalog } from '$lib/data/catalog';
import type { Snapshot, Story } from '$lib/data/schema/stories';
import {
	axesSeries,
	cumulativeKm2,
	cumulativeLostKm2,
	overtakingWeek,
	type AxisSeries,
	type WeeklyGains
} from '$lib/data/weekly';
import { occupiedOf, type Areas } from '$lib/data/geometry';
import { frontShiftKm } from '$lib/geo';
import { weeklySnapshots } from './timeline';

/** Weeks of the pace measure: the latest four weeks of the span. */
const PACE_WEEKS = 4;

/** The snapshots the comparison runs between. */
export interface CompareSpan {
	since: Snapshot;
	until: Snapshot;
}

/**
 * The story's span on screen: from its `gains_since` snapshot to the latest weekly snapshot on or
 * before the date on screen (the story's front at publication without a date); null when the
 * date is before the span's first week ends.
 */
export function compareSpan(
	story: Story,
	catalog: Catalog,
	date: string | null
): CompareSpan | null {
	const since = catalog.snapshots.find((s) => s.id === story.gains_since);
	const end = date ?? catalog.frontAt.get(story.id)?.date;
	if (!since || !end) return null;
	const until = weeklySnapshots(catalog)
		.filter((s) => s.date > since.date && s.date <= end)
		.at(-1);
	return until ? { since, until } : null;
}

/** Whole km, the one rounding of distances in the comparison. */
const wholeKm = (km: number) => Math.round(km);
const tenth = (km2: number) => Math.round(km2 * 10) / 10;

/** One axis's measures over the span, rounded as shown. */
export interface AxisEvidence {
	series: AxisSeries;
	/** km² gained over the span's weeks (0.1). */
	gainedKm2: number;
	/** km² lost over the span's weeks (0.1). */
	lostKm2: number;
	/** `gainedKm2 - lostKm2`. */
	netKm2: number;
	/** km² gained in the span's last {@link PACE_WEEKS} weeks (0.1). */
	recentKm2: number;
	/** Whole km from the axis city to the front at each end; `closerKm` = before − after. */
	front: { beforeKm: number; afterKm: number; closerKm: number } | null;
}

/** An axis id, or null when two axes measure the same. */
export type Pointer = string | null;

/** The evidence of a story's axes and, for two axes, which way each measure points. */
export interface Evidence {
	span: CompareSpan;
	axes: AxisEvidence[];
	/** The first week of the span that `recentKm2` counts. */
	recentFrom: string;
	/** How many weeks `recentKm2` counts: {@link PACE_WEEKS}, or fewer in a shorter span. */
	recentWeeks: number;
	/** For two axes: the axis each measure points to. */
	measures: { gained: Pointer; closer: Pointer; pace: Pointer } | null;
	/** The axis most measures point to; null when they split evenly or for other than two axes. */
	verdict: Pointer;
	/** The week one axis's cumulative gains overtook the other's for good, within the span. */
	overtook: { axis: string; date: string } | null;
}

/** One axis's measures: the weekly series over the span, and the front at both ends. */
function axisEvidence(
	series: AxisSeries,
	city: [number, number] | null,
	before: Areas,
	after: Areas
): AxisEvidence {
	const [gainedKm2, lostKm2] = [cumulativeKm2(series), cumulativeLostKm2(series)];
	const recent = { ...series, weeks: series.weeks.slice(-PACE_WEEKS) };
	const shift = city && frontShiftKm(city, occupiedOf(before), occupiedOf(after));
	const [beforeKm, afterKm] = shift ? [wholeKm(shift.beforeKm), wholeKm(shift.afterKm)] : [0, 0];
	return {
		series,
		gainedKm2,
		lostKm2,
		netKm2: tenth(gainedKm2 - lostKm2),
		recentKm2: cumulativeKm2(recent),
		front: shift ? { beforeKm, afterKm, closerKm: beforeKm - afterKm } : null
	};
}

/** The axis with the larger value; null on a tie. */
function larger(a: AxisEvidence, b: AxisEvidence, value: (e: AxisEvidence) => number): Pointer {
	const [x, y] = [value(a), value(b)];
	return x === y ? null : x > y ? a.series.axis.id : b.series.axis.id;
}

/**
 * Which way each measure points and what most of them say. Statements are not measures: a
 * speaker's claim is not evidence of itself.
 */
export function weighEvidence(span: CompareSpan, axes: AxisEvidence[]): Evidence {
	const [a, b] = axes;
	const recent = a?.series.weeks.slice(-PACE_WEEKS) ?? [];
	const recentFrom = recent[0]?.from ?? span.since.date;
	const recentWeeks = recent.length;
	if (axes.length !== 2 || !a || !b) {
		return { span, axes, recentFrom, recentWeeks, measures: null, verdict: null, overtook: null };
	}
	const measures = {
		gained: larger(a, b, (e) => e.netKm2),
		closer: a.front && b.front ? larger(a, b, (e) => e.front!.closerKm) : null,
		pace: larger(a, b, (e) => e.recentKm2)
	};
	const votes = Object.values(measures);
	const [forA, forB] = [a, b].map((e) => votes.filter((v) => v === e.series.axis.id).length);
	const first = overtakingWeek(a.series, b.series);
	const second = overtakingWeek(b.series, a.series);
	const overtook = first
		? { axis: a.series.axis.id, date: first.date }
		: second
			? { axis: b.series.axis.id, date: second.date }
			: null;
	return {
		span,
		axes,
		recentFrom,
		recentWeeks,
		measures,
		verdict: forA === forB ? null : forA! > forB! ? a.series.axis.id : b.series.axis.id,
		overtook
	};
}

/**
 * The whole evidence of a story over the span on screen.
 * @param areas the occupied areas at `span.since` and `span.until`
 */
export function storyEvidence(
	story: Story,
	catalog: Catalog,
	gains: WeeklyGains,
	span: CompareSpan,
	areas: { before: Areas; after: Areas }
): Evidence {
	const series = axesSeries(story, gains, span.until.date, span.since.date);
	const axes = series.map((s) => {
		const city = catalog.byId.get(s.axis.main_city)?.coordinates as [number, number] | undefined;
		return axisEvidence(s, city ?? null, areas.before, areas.after);
	});
	return weighEvidence(span, axes);
}
