import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardCredit, linkCardSvg } from '$lib/map/link-card';

const sources = JSON.parse(readFileSync('geodata/sources.json', 'utf8')) as {
	attribution: string;
	files: string[];
}[];

describe('the link-preview card', () => {
	// A shared picture travels without the page: every source of the map's data is credited on it.
	it('credits every source of map data, and no article or font', () => {
		const credit = cardCredit();
		for (const source of sources) {
			const drawn = source.files.some((file) => file.endsWith('.geojson'));
			expect(credit.includes(source.attribution), source.attribution).toBe(drawn);
		}
		expect(credit).toContain('© DeepStateMap.live');
		expect(credit).toContain('© OpenStreetMap contributors');
	});

	it('is a 1200 × 630 SVG whose last text is the escaped credit line', () => {
		const svg = linkCardSvg();
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
		const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts.at(-1)).toBe(cardCredit().replaceAll('&', '&amp;'));
	});
});
