import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import type { AnalysisGeometry, Areas } from '$lib/data/geometry';
import { placeDistances } from '$lib/story/analysis';
import { snapshotFor, timelineEntries } from '$lib/story/timeline';

const read = <T>(path: string): T => JSON.parse(readFileSync(`geodata/${path}`, 'utf8')) as T;
const story = catalog.articles.get(catalog.defaultStory)!;
const since = catalog.snapshots.find((s) => s.id === story.gains_since)!;
const before = read<Areas>(since.file);
const after = read<Areas>(catalog.frontAt.get(story.id)!.file);
const border = read<AnalysisGeometry['border']>('basemap/border.geojson');

describe('placeDistances', () => {
	// A city in occupied territory reads 0 km and "inside".
	it('puts an occupied city inside the occupied area', () => {
		const vovchansk = catalog.byId.get('vovchansk')!;
		const result = placeDistances(vovchansk, [], border, after, before);
		expect(result.front).toEqual({ km: 0, inside: true });
	});

	// Rows are ordered nearest first and exclude the place itself.
	it('lists the other article cities nearest first', () => {
		const cities = catalog.entities.filter((e) => e.kind === 'city' && e.role === 'article');
		const result = placeDistances(catalog.byId.get('kharkiv')!, cities, border, after, before);
		expect(result.toPlaces.map((r) => r.id)).toEqual([
			'belgorod',
			'sloviansk',
			'kostiantynivka',
			'pokrovsk'
		]);
		expect(result.borderKm).toBeGreaterThan(20);
		expect(result.borderKm).toBeLessThan(40);
	});
});

describe('timeline', () => {
	// Snapshots and statement dates share one axis, oldest first, early June as its first day.
	it('merges every snapshot date and statement date in order', () => {
		const entries = timelineEntries(catalog);
		const dates = entries.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
		expect(new Set(dates)).toEqual(
			new Set([
				...catalog.snapshots.map((s) => s.date),
				...catalog.statements.map((s) =>
					typeof s.said_on === 'string' ? s.said_on : s.said_on.from
				)
			])
		);
		expect(entries.find((e) => e.date === '2024-06-01')!.label).toEqual({
			from: '2024-06-01',
			to: '2024-06-10'
		});
	});

	// A date shows the latest front line known on that day; no date, the story's front at publication.
	it('picks the latest snapshot on or before a date', () => {
		expect(snapshotFor('2024-07-17', catalog).id).toBe('weekly-2024-07-11');
		expect(snapshotFor('2024-07-24', catalog).id).toBe('2024-07-24');
		expect(snapshotFor(null, catalog)).toBe(catalog.frontAt.get(catalog.defaultStory));
	});
});
