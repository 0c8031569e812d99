/**
 * `geodata/weekly-gains.json` (made by `npm run data`) holds the reference table's numbers, and an
 * axis's weekly series sums the axis's oblasts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '$lib/data/schema';
import { axisOblasts, axisWeeks, type WeeklyGains } from '$lib/data/weekly';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const gains = read<WeeklyGains>('geodata/weekly-gains.json');
const story = read<Story[]>('geodata/stories.json').find(
	(s) => s.id === 'bi-2024-07-zelenskyy-kharkiv'
)!;
const [kharkiv, pokrovsk] = story.axes;
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

describe('axisWeeks', () => {
	it('takes the Kharkiv axis as Kharkiv and Belgorod oblasts, the Pokrovsk axis as Donetsk', () => {
		expect(axisOblasts(kharkiv!, gains).sort()).toEqual(['RU-BEL', 'UA-63']);
		expect(axisOblasts(pokrovsk!, gains)).toEqual(['UA-14']);
	});

	it('sums the axis oblasts each week, rounded to 0.1 km²', () => {
		const weeks = axisWeeks(kharkiv!, gains);
		expect(weeks).toHaveLength(16);
		const week = rows.filter((r) => r[0] === '2024-05-16');
		const sum = week
			.filter((r) => r[2] === 'UA-63' || r[2] === 'RU-BEL')
			.reduce((s, r) => s + Number(r[4]), 0);
		expect(weeks[1]).toEqual({
			from: '2024-05-16',
			date: '2024-05-23',
			km2: Math.round(sum * 10) / 10
		});
		expect(sum).toBeCloseTo(47.87 + 1.04, 2);
	});
});
