/**
 * The axes' series as the compare view shows them: totals that are the sums of the shown weeks,
 * the week one axis overtook the other, and the CSV of the chart's numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '$lib/data/schema';
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
/** The reference table's rows, summed independently of the app's code. */
const rows = readFileSync('tests/fixtures/weekly/gains_by_oblast.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','));
const referenceWeek = (to: string, isos: string[]) =>
	Math.round(
		rows.filter((r) => r[1] === to && isos.includes(r[2]!)).reduce((s, r) => s + Number(r[4]), 0) *
			10
	) / 10;

describe('axesSeries', () => {
	const [kharkiv, pokrovsk] = axesSeries(story.axes, gains);

	it('totals each axis as the sum of its shown weeks', () => {
		const weekly = [...new Set(rows.map((r) => r[1]!))];
		const expected = weekly.reduce((s, to) => s + referenceWeek(to, ['UA-63', 'RU-BEL']), 0);
		expect(cumulativeKm2(kharkiv!)).toBeCloseTo(expected, 6);
		expect(cumulativeKm2(pokrovsk!)).toBeCloseTo(
			weekly.reduce((s, to) => s + referenceWeek(to, ['UA-14']), 0),
			6
		);
	});

	it('finds the week the Pokrovsk axis overtook the Kharkiv axis in cumulative km²', () => {
		let k = 0;
		let p = 0;
		let overtook: string | null = null;
		for (const to of [...new Set(rows.map((r) => r[1]!))]) {
			k += referenceWeek(to, ['UA-63', 'RU-BEL']);
			p += referenceWeek(to, ['UA-14']);
			if (p > k && overtook === null) overtook = to;
			if (p <= k) overtook = null;
		}
		expect(overtook).not.toBeNull();
		expect(overtakingWeek(pokrovsk!, kharkiv!)?.date).toBe(overtook);
		expect(overtakingWeek(kharkiv!, pokrovsk!)).toBeNull();
	});

	it('cuts the series at the date on screen', () => {
		const [cut] = axesSeries(story.axes, gains, '2024-06-06');
		expect(cut!.weeks.map((w) => w.date)).toEqual([
			'2024-05-16',
			'2024-05-23',
			'2024-05-30',
			'2024-06-06'
		]);
	});

	it('writes the chart numbers as CSV, one row per week', () => {
		const lines = axesSeriesCsv([kharkiv!, pokrovsk!], 'en').trim().split('\r\n');
		expect(lines).toHaveLength(17);
		expect(lines[1]).toBe(
			`"2024-05-09","2024-05-16","${referenceWeek('2024-05-16', ['UA-63', 'RU-BEL']).toFixed(1)}","${referenceWeek('2024-05-16', ['UA-14']).toFixed(1)}"`
		);
	});
});
