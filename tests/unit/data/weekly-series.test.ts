/**
 * The axes' series as the compare view shows them: totals that are the sums of the shown weeks,
 * the week one axis overtook the other, the span cut to the date on screen, and the CSV of the
 * chart's numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '$lib/data/schema/stories';
import {
	axesSeries,
	axesSeriesCsv,
	cumulativeKm2,
	overtakingWeek,
	type WeeklyGains
} from '$lib/data/weekly';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const gains = read<WeeklyGains>('geodata/weekly-gains.json');
const story = read<Story[]>('geodata/stories.json')[0]!;
/** The table's km² of one axis, each week rounded to 0.1 here, independently of the app's code. */
const tableWeeks = (axis: string) =>
	gains.axes
		.find((a) => a.story === story.id && a.axis === axis)!
		.gained_km2.map((km2) => Math.round(km2 * 10) / 10);

describe('axesSeries', () => {
	const [kharkiv, pokrovsk] = axesSeries(story, gains);

	it('totals each axis as the sum of its shown weeks', () => {
		const sum = (weeks: number[]) => weeks.reduce((s, km2) => s + km2, 0);
		expect(cumulativeKm2(kharkiv!)).toBeCloseTo(sum(tableWeeks('kharkiv')), 6);
		expect(cumulativeKm2(pokrovsk!)).toBeCloseTo(sum(tableWeeks('pokrovsk')), 6);
	});

	it('finds the week the Pokrovsk axis overtook the Kharkiv axis in cumulative km²', () => {
		const [k, p] = [tableWeeks('kharkiv'), tableWeeks('pokrovsk')];
		let [kSum, pSum] = [0, 0];
		let overtook: string | null = null;
		gains.weeks.forEach((week, i) => {
			[kSum, pSum] = [kSum + k[i]!, pSum + p[i]!];
			if (pSum > kSum && overtook === null) overtook = week.to;
			if (pSum <= kSum) overtook = null;
		});
		expect(overtook).toBe('2024-08-15');
		expect(overtakingWeek(pokrovsk!, kharkiv!)?.date).toBe(overtook);
		expect(overtakingWeek(kharkiv!, pokrovsk!)).toBeNull();
	});

	it('cuts the series to the span on screen', () => {
		const [cut] = axesSeries(story, gains, '2024-06-06');
		expect(cut!.weeks.map((w) => w.date)).toEqual([
			'2024-05-16',
			'2024-05-23',
			'2024-05-30',
			'2024-06-06'
		]);
		const [late] = axesSeries(story, gains, '2024-06-13', '2024-06-01');
		expect(late!.weeks.map((w) => w.from)).toEqual(['2024-06-06']);
	});

	it('writes the chart numbers as CSV, one row per week', () => {
		const lines = axesSeriesCsv([kharkiv!, pokrovsk!], 'en').trim().split('\r\n');
		expect(lines).toHaveLength(17);
		expect(lines[1]).toBe(
			`"2024-05-09","2024-05-16","${tableWeeks('kharkiv')[0]!.toFixed(1)}","${tableWeeks('pokrovsk')[0]!.toFixed(1)}"`
		);
	});
});
