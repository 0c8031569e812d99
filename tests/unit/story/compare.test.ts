/**
 * The compare view's evidence (issue #17): measures only, each pointing one way, over the span on
 * screen, with figures that add up as shown; statements are never counted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import type { Areas } from '$lib/data/geometry';
import type { WeeklyGains } from '$lib/data/weekly';
import { compareSpan, storyEvidence, weighEvidence, type AxisEvidence } from '$lib/story/compare';

const read = <T>(path: string): T => JSON.parse(readFileSync(`geodata/${path}`, 'utf8')) as T;
const gains = read<WeeklyGains>('weekly-gains.json');
const story = catalog.articles.get('bi-2024-07-zelenskyy-kharkiv')!;

/** The evidence on the date `date` (null: the story's front at publication). */
function evidenceOn(date: string | null) {
	const span = compareSpan(story, catalog, date)!;
	const areas = { before: read<Areas>(span.since.file), after: read<Areas>(span.until.file) };
	return storyEvidence(story, catalog, gains, span, areas);
}

describe('compareSpan', () => {
	it('runs from gains_since to the front at publication without a date', () => {
		const span = compareSpan(story, catalog, null)!;
		expect([span.since.id, span.until.id]).toEqual(['weekly-2024-05-09', 'weekly-2024-08-01']);
	});

	// Date-true: a grey-zone snapshot on screen (24 July) is measured to the weekly one before it.
	it('ends at the weekly snapshot on or before the date on screen', () => {
		expect(compareSpan(story, catalog, '2024-07-24')!.until.id).toBe('weekly-2024-07-18');
		expect(compareSpan(story, catalog, '2024-08-29')!.until.id).toBe('weekly-2024-08-29');
	});

	it('has no span before the first week has ended', () => {
		expect(compareSpan(story, catalog, '2024-05-12')).toBeNull();
	});
});

describe('storyEvidence', () => {
	const atPublication = evidenceOn(null);
	const [kharkiv, pokrovsk] = atPublication.axes;

	// "103 km → 31 km" beside "71 km closer" did not add up: every figure is a shown value's sum.
	it('states figures that add up as shown', () => {
		for (const axis of atPublication.axes) {
			expect(axis.netKm2).toBeCloseTo(axis.gainedKm2 - axis.lostKm2, 6);
			expect(axis.front!.closerKm).toBe(axis.front!.beforeKm - axis.front!.afterKm);
			expect(Number.isInteger(axis.front!.beforeKm)).toBe(true);
			const shown = axis.series.weeks.reduce((s, w) => s + w.km2, 0);
			expect(axis.gainedKm2).toBeCloseTo(shown, 6);
		}
		expect(kharkiv!.series.weeks.at(-1)!.date).toBe('2024-08-01');
	});

	// To 1 August, more ground was gained near Kharkiv, and the front came closer to it, but the
	// last four weeks' pace was on the Pokrovsk axis.
	it('says which way each measure points, at the front at publication', () => {
		expect(atPublication.measures).toEqual({
			gained: 'kharkiv',
			closer: 'kharkiv',
			pace: 'pokrovsk'
		});
		expect(atPublication.verdict).toBe('kharkiv');
		expect(atPublication.recentFrom).toBe('2024-07-04');
		expect(pokrovsk!.recentKm2).toBeGreaterThan(kharkiv!.recentKm2);
	});

	// The verdict follows the date on screen: by 29 August the Pokrovsk axis leads on ground too.
	it('follows the date on screen', () => {
		const late = evidenceOn('2024-08-29');
		expect(late.measures!.gained).toBe('pokrovsk');
		expect(late.verdict).toBe('pokrovsk');
		expect(late.overtook).toEqual({ axis: 'pokrovsk', date: '2024-08-15' });
		const early = evidenceOn('2024-05-16');
		expect(early.axes[0]!.series.weeks).toHaveLength(1);
	});

	// Even measures must say so instead of picking a side.
	it('points nowhere when two axes measure the same, and splits an even verdict', () => {
		const same = (a: AxisEvidence, id: string): AxisEvidence => ({
			...a,
			series: { ...a.series, axis: { ...a.series.axis, id } }
		});
		const tie = weighEvidence(atPublication.span, [same(kharkiv!, 'a'), same(kharkiv!, 'b')]);
		expect(tie.measures).toEqual({ gained: null, closer: null, pace: null });
		expect(tie.verdict).toBeNull();
	});
});
