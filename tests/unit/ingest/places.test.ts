import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '$lib/ingest/draft-schema';
import { lookupExact, lookupNear } from '$lib/ingest/gazetteer';
import { BI, article, draftOf, gazetteerLoaded, loadGazetteer } from './support';

let bi: Draft;
beforeAll(async () => {
	await loadGazetteer();
	bi = draftOf(article(BI), '2024-08-01', 'Business Insider');
}, 120_000);

const place = (draft: Draft, key: string) => draft.places.find((p) => p.key === key);

describe('places in the Business Insider article', () => {
	// The list: Kharkiv the city and the region, Pokrovsk, Sloviansk, Donetsk oblast, Belgorod.
	it.each([
		['gn:706483', 'city'],
		['adm1:UA-63', 'oblast'],
		['gn:704422', 'town'],
		['gn:693468', 'city'],
		['adm1:UA-14', 'oblast'],
		['gn:578072', 'city']
	])('finds %s (%s)', (key, kind) => {
		expect(place(bi, key)?.kind).toBe(kind);
	});

	// "Kharkiv's" is Kharkiv.
	it('reads a possessive as the place', () => {
		const text = 'Officials said Kharkiv’s power grid was hit.';
		expect(draftOf(text, '2024-08-01').places.map((p) => p.key)).toContain('gn:706483');
	});

	// "the Kharkiv region" and "northern Donetsk" are the oblasts, not the cities.
	it('reads "the Kharkiv region" and "northern Donetsk" as oblasts', () => {
		const text = article(BI);
		const oblast = place(bi, 'adm1:UA-63')!;
		const donetsk = place(bi, 'adm1:UA-14')!;
		expect(oblast.mentions.map(([s, e]) => text.slice(s, e))).toContain('Kharkiv region');
		expect(donetsk.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Donetsk']);
		expect(place(bi, 'gn:709717')).toBeUndefined();
	});

	// "Mocow's" (the article's typo) is a near miss of Moscow, in a country the text names.
	it('resolves a near-miss spelling by edit distance', () => {
		const text = article(BI);
		const moscow = place(bi, 'gn:524901')!;
		expect(moscow.mentions.map(([s, e]) => text.slice(s, e))).toContain('Mocow');
	});

	// Kharkov is the Russian spelling of Kharkiv; one edit away.
	it('resolves the transliteration Kharkov to Kharkiv', () => {
		const draft = draftOf('Russian forces shelled Kharkov, Ukraine, on Monday.', '2024-08-01');
		expect(draft.places.map((p) => p.key)).toContain('gn:706483');
		expect(lookupNear(gazetteerLoaded(), 'Kharkov').map((e) => e.key)).toContain('gn:706483');
	});

	// Pokrovsk has a Russian namesake (Yakutia): next to Kramatorsk it is the Ukrainian town; Belgorod the border city.
	it('chooses among namesakes from the other places', () => {
		expect(
			lookupExact(gazetteerLoaded(), 'Pokrovsk')
				.map((e) => e.country)
				.sort()
		).toEqual(['RU', 'UA']);
		const draft = draftOf('Fighting near Pokrovsk and Kramatorsk intensified.', '2024-08-01');
		expect(draft.places.find((p) => p.name === 'Pokrovsk')?.country).toBe('UA');
		expect(place(bi, 'gn:578072')?.country).toBe('RU');
	});

	// Demonyms and names inside organisations are not places.
	it('does not take "Ukrainian" or the Kyiv Independent for places', () => {
		const text = article(BI);
		const written = bi.places.flatMap((p) => p.mentions.map(([s, e]) => text.slice(s, e)));
		expect(written).not.toContain('Ukrainian');
		expect(place(bi, 'gn:703448')?.mentions).toHaveLength(1);
	});
});

describe('places beyond Ukraine', () => {
	// News names countries and regions as often as cities: Ohio and Columbus, Israel and London.
	it('resolves Ohio and Columbus, Ohio', () => {
		const draft = draftOf(article('miamivalleytoday-2024-03-ohio-storms'), '2024-03-15');
		expect(draft.places.map((p) => p.key).sort()).toEqual(['adm1:US-OH', 'gn:4509177']);
	});

	it('resolves Syria, Europe and Ohio', () => {
		const draft = draftOf(
			'Refugees from Syria reached Europe, and some settled in Ohio.',
			'2024-08-01'
		);
		expect(draft.places.map((p) => p.key)).toEqual([
			'country:SY',
			'continent:Europe',
			'adm1:US-OH'
		]);
	});
});
