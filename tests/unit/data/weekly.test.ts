/**
 * `geodata/weekly-gains.json` (made by `npm run data`) holds the reference table's numbers, and an
 * oblast axis's weekly series sums the axis's oblasts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '$lib/data/schema/stories';
import { axisSeries, type WeeklyGains } from '$lib/data/weekly';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const gains = read<WeeklyGains>('geodata/weekly-gains.json');
const story = read<Story[]>('geodata/stories.json').find(
	(s) => s.id === 'bi-2024-07-zelenskyy-kharkiv'
)!;
const independent = read<Story[]>('geodata/stories.json').find(
	(s) => s.id === 'ki-2024-07-pokrovsk-main-target'
)!;
const rows = readFileSync('tests/fixtures/weekly/gains_by_oblast.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','));

describe('geodata/weekly-gains.json', () => {
	it.each(rows)(
		'%s → %s, %s (%s): gained and lost as in the reference',
		(from, to, iso, _name, gained, lost) => {
			const week = gains.weeks.find((w) => w.from === from && w.to === to)!;
			expect(week.gained_km2[iso!]).toBeCloseTo(Number(gained), 2);
			expect(week.lost_km2[iso!]).toBeCloseTo(Number(lost), 2);
		}
	);
});

describe('axisSeries', () => {
	// An axis without `within_km` is measured on whole oblasts: the Kyiv Independent's Pokrovsk axis
	// is Donetsk Oblast, week by week as in the reference table, each week rounded to 0.1 km² once.
	it('sums an oblast axis from the reference table’s oblast rows', () => {
		const [axis] = independent.axes;
		const series = axisSeries(independent.id, axis!, gains);
		expect(series.ground).toEqual({ oblasts: ['donetsk-oblast'] });
		expect(series.weeks).toHaveLength(16);
		const row = rows.find((r) => r[0] === '2024-05-16' && r[2] === 'UA-14')!;
		expect(series.weeks[1]).toEqual({
			from: '2024-05-16',
			date: '2024-05-23',
			km2: Math.round(Number(row[4]) * 10) / 10,
			lostKm2: Math.round(Number(row[5]) * 10) / 10
		});
	});

	// An axis with `within_km` says so, and a missing series is a clear error, not zeros.
	it('names a sector axis’s circle and refuses an axis the table lacks', () => {
		const [kharkiv] = story.axes;
		expect(axisSeries(story.id, kharkiv!, gains).ground).toEqual({
			city: 'kharkiv',
			within_km: 75
		});
		expect(() => axisSeries('no-such-story', kharkiv!, gains)).toThrow(
			'weekly-gains.json: no series for no-such-story axis kharkiv; run npm run data'
		);
	});
});
