import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import SourceCredits from '$lib/panels/SourceCredits.svelte';
import { licenceNote } from '$lib/panels/source-notes';

function renderCredits(lang: 'en' | 'uk'): string {
	return render(SourceCredits, { props: { lang, sources: catalog.sources } }).body;
}

describe('SourceCredits', () => {
	// "GeoNames (CC BY 4.0) (CC-BY-4.0)" said the licence twice.
	it('names each licence once', () => {
		const html = renderCredits('en');
		expect(html).toContain('GeoNames (CC BY 4.0)');
		expect(html).not.toContain('(CC-BY-4.0)');
		expect(html).toContain('(ODbL-1.0)');
	});

	// A Ukrainian reader gets the licence notes in Ukrainian; bare identifiers read the same.
	it('translates every licence note that is not a bare identifier', () => {
		for (const source of catalog.sources) {
			if (/^[A-Za-z0-9.+-]+$/.test(source.licence)) continue; // an SPDX id reads the same in every language
			expect(licenceNote(source, 'uk'), source.id).not.toBe(source.licence);
		}
		expect(renderCredits('uk')).toContain('(Суспільне надбання)');
	});
});
