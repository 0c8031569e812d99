/**
 * `static/embed.js` is served as it is and cannot import the app's modules, so it keeps copies of
 * the embed protocol's constants. These tests hold each copy equal to its one source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED_TITLE,
	EMBED_FRAME_HEIGHT,
	EMBED_MESSAGE,
	frameHeightPx
} from '$lib/embed/protocol';
import { EMBED_MAP_HEIGHT } from '$lib/state/embed-options';
import { defaultAppState, serializeUrlState } from '$lib/state/url-state';

const loader = readFileSync('static/embed.js', 'utf8');

/** The source text assigned to `const name = …;` in embed.js. */
function constant(name: string): string {
	const match = new RegExp(`const ${name} = ([^;]+);`).exec(loader);
	if (!match) throw new Error(`static/embed.js has no const ${name}`);
	return match[1]!;
}

/** A JavaScript literal of plain values (numbers, quoted strings, objects, arrays) as a value. */
function literal(source: string): unknown {
	const json = source
		.replace(/'/g, '"')
		.replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":')
		.replace(/(\d)_(\d)/g, '$1$2');
	return JSON.parse(json);
}

describe('static/embed.js keeps the embed protocol of src/lib', () => {
	it('has the map height range and default of ?height=', () => {
		expect(literal(constant('MAP_HEIGHT'))).toEqual(EMBED_MAP_HEIGHT);
		const { min, max, default: initial } = EMBED_MAP_HEIGHT;
		expect(loader).toContain(`${min}–${max}, default ${initial}`);
	});

	it('clamps a reported height to the range the embed builder uses', () => {
		expect(literal(constant('MIN_HEIGHT'))).toBe(EMBED_FRAME_HEIGHT.min);
		expect(literal(constant('MAX_HEIGHT'))).toBe(EMBED_FRAME_HEIGHT.max);
	});

	it('uses the same message types, and no others', () => {
		const types = new Set(loader.match(/'frontline:[a-z]+'/g)?.map((type) => type.slice(1, -1)));
		expect(types).toEqual(new Set(Object.values(EMBED_MESSAGE)));
	});

	it('gives the iframe the same default title', () => {
		expect(literal(constant('DEFAULT_TITLE'))).toBe(DEFAULT_EMBED_TITLE);
	});

	// A <frontline-map> snippet carries every param of the embed URL as an attribute, except the
	// id the element makes itself: an attribute the loader does not pass on would be lost.
	it('passes on every param an embed URL can carry', () => {
		const state = {
			...defaultAppState(),
			place: 'pokrovsk',
			story: 'bi-2024-07',
			view: 'compare' as const,
			date: '2024-07-17',
			lang: 'uk' as const,
			theme: 'dark' as const,
			embed: { controls: ['zoom' as const], panel: 'closed' as const, id: 'x', height: 600 }
		};
		const params = [
			...serializeUrlState(state, new URL('https://x.org/embed/')).searchParams.keys()
		];
		const passed = literal(constant('PARAMS')) as string[];
		expect(new Set(passed)).toEqual(new Set(params.filter((name) => name !== 'id')));
	});
});

describe('frameHeightPx', () => {
	it('rounds a reported height up to whole px within the frame range', () => {
		expect(frameHeightPx(512.2)).toBe(513);
		expect(frameHeightPx(12)).toBe(EMBED_FRAME_HEIGHT.min);
		expect(frameHeightPx(1e6)).toBe(EMBED_FRAME_HEIGHT.max);
	});
});
