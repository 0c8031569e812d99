import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAMERA_LIMITS, cameraEquals, parseCameraHash, type Camera } from '$lib/state/camera-hash';
import { EMBED_CONTROLS } from '$lib/state/embed-options';
import {
	THEMES,
	VIEWS,
	parseUrlState,
	serializeUrlState,
	type AppState,
	type ParseOptions
} from '$lib/state/url-state';

const ORIGIN = 'https://frontline.example/';
const OWNED = ['place', 'story', 'view', 'date', 'lang', 'theme', 'controls', 'panel', 'id'];
const options: ParseOptions = {
	placeIds: new Set(['kharkiv', 'pokrovsk', 'vovchansk', 'belgorod-oblast']),
	dates: new Set(['2024-05-09', '2024-07-17', '2024-07-24']),
	storyIds: new Set(['bi-story', 'ki-story'])
};

// Strings of every kind a URL can carry: graphemes, any code point, lone UTF-16 surrogates, ASCII.
const anyString = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
	fc.string({ unit: 'binary-ascii', maxLength: 2000 })
);

// Numbers as they might be typed or mangled in a hash: valid, special, exponent, hex, padded.
const hashNumber = fc.oneof(
	fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '-0', '', '.', '-', '0x10'),
	fc.constantFrom(' 7', '7 ', '+7', '7.', '.5', '1_0', '٣', '%37'),
	fc.double().map(String),
	fc.integer().map(String),
	fc.double({ min: -400, max: 400, noNaN: true }).map((x) => x.toFixed(3)),
	anyString
);

// Garbage-ish `#map=` hashes: 0–7 parts, sometimes doubled slashes, other hash params around them.
const garbledMapHash = fc
	.tuple(
		fc.constantFrom('#map=', 'map=', '#x=1&map=', '#map=map='),
		fc.array(hashNumber, { maxLength: 7 }),
		fc.constantFrom('/', '//', '/ '),
		fc.constantFrom('', '/', '&y=2', '&map=1/2/3')
	)
	.map(([prefix, parts, separator, suffix]) => prefix + parts.join(separator) + suffix);

// Plain numbers around every limit, 3–5 of them: each field is sometimes just in, sometimes just out.
const numericMapHash = fc
	.array(
		fc.oneof(
			fc.double({ min: -200, max: 200, noNaN: true }).map((x) => String(Math.round(x * 1e3) / 1e3)),
			fc.constantFrom(
				'0',
				'22',
				'22.01',
				'85',
				'85.06',
				'85.07',
				'-85.07',
				'180',
				'180.0001',
				'-181'
			)
		),
		{ minLength: 3, maxLength: 5 }
	)
	.map((parts) => `#map=${parts.join('/')}`);

const nearValidMapHash = fc.oneof(garbledMapHash, numericMapHash);

function inRange(value: number, [min, max]: readonly [number, number]): boolean {
	return Number.isFinite(value) && value >= min && value <= max;
}

function expectCameraInDomain(camera: Camera | null): void {
	if (camera === null) return;
	expect(inRange(camera.zoom, CAMERA_LIMITS.zoom)).toBe(true);
	expect(inRange(camera.center[0], CAMERA_LIMITS.lon)).toBe(true);
	expect(inRange(camera.center[1], CAMERA_LIMITS.lat)).toBe(true);
	expect(camera.bearing >= -180 && camera.bearing < 180).toBe(true);
	expect(inRange(camera.pitch, CAMERA_LIMITS.pitch)).toBe(true);
}

function expectStateInDomain(state: AppState): void {
	expect(state.place === null || options.placeIds.has(state.place)).toBe(true);
	expect(VIEWS).toContain(state.view);
	expect(state.date === null || options.dates.has(state.date)).toBe(true);
	expect(['en', 'uk']).toContain(state.lang);
	expect(state.theme === null || THEMES.includes(state.theme)).toBe(true);
	expectCameraInDomain(state.camera);
	expect(state.embed.controls.every((c) => EMBED_CONTROLS.includes(c))).toBe(true);
	expect(new Set(state.embed.controls).size).toBe(state.embed.controls.length);
	expect(['open', 'closed']).toContain(state.embed.panel);
	expect(state.embed.id === null || /^[A-Za-z0-9_-]{1,64}$/.test(state.embed.id)).toBe(true);
}

function urlWith(search: string, hash: string): URL {
	const url = new URL(ORIGIN);
	url.search = search;
	url.hash = hash;
	return url;
}

describe('parseUrlState never throws and stays in domain', () => {
	// A shared link can hold anything; the whole query must never crash the app or leak bad values.
	it('for an arbitrary query string', () => {
		fc.assert(
			fc.property(anyString, (search) => {
				expectStateInDomain(parseUrlState(urlWith(search, ''), options));
			})
		);
	});

	// The hash is written by the map and by hand-edited links alike.
	it('for an arbitrary hash', () => {
		fc.assert(
			fc.property(fc.oneof(anyString, nearValidMapHash), (hash) => {
				expectStateInDomain(parseUrlState(urlWith('', hash), options));
			})
		);
	});

	// Each param is checked on its own, raw (percent signs included) and properly encoded.
	it('for an arbitrary value of each param, raw or encoded, repeated or not', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...OWNED),
				anyString,
				fc.boolean(),
				fc.boolean(),
				(name, value, encoded, repeated) => {
					const pair = encoded
						? new URLSearchParams([[name, value]]).toString()
						: `${name}=${value}`;
					const search = repeated ? `?${pair}&${pair}&${name}=` : `?${pair}`;
					expectStateInDomain(parseUrlState(urlWith(search, ''), options));
				}
			)
		);
	});

	// Near-valid camera hashes are the likeliest garbage: NaN, Infinity, 1e999, extra slashes.
	it('for near-valid #map= hashes', () => {
		fc.assert(
			fc.property(nearValidMapHash, (hash) => {
				expectCameraInDomain(parseCameraHash(hash));
			}),
			{ numRuns: 2000 }
		);
	});

	// Huge inputs must be handled in bounded time, not by a regex blow-up.
	it('for huge strings', () => {
		const huge = '9'.repeat(100_000);
		const url = urlWith(`?place=${huge}&id=${huge}&controls=${'zoom,'.repeat(20_000)}`, '');
		url.hash = `map=${huge}/${huge}/${huge}`;
		expectStateInDomain(parseUrlState(url, options));
	});
});

// Valid states: known ids and dates, in-range cameras (any finite bearing), canonical controls.
const validState: fc.Arbitrary<AppState> = fc.record({
	place: fc.option(fc.constantFrom(...options.placeIds)),
	story: fc.option(fc.constantFrom(...options.storyIds!)),
	view: fc.constantFrom(...VIEWS),
	date: fc.option(fc.constantFrom(...options.dates)),
	lang: fc.constantFrom('en' as const, 'uk' as const),
	theme: fc.option(fc.constantFrom(...THEMES)),
	camera: fc.option(
		fc.record({
			zoom: fc.double({ min: 0, max: 22, noNaN: true }),
			center: fc.tuple(
				fc.double({ min: -180, max: 180, noNaN: true }),
				fc.double({ min: -85.06, max: 85.06, noNaN: true })
			),
			bearing: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
			pitch: fc.double({ min: 0, max: 85, noNaN: true })
		})
	),
	embed: fc.record({
		controls: fc.subarray([...EMBED_CONTROLS]),
		panel: fc.constantFrom('open' as const, 'closed' as const),
		id: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
		height: fc.option(fc.integer({ min: 240, max: 1000 }))
	})
});

describe('serializeUrlState round-trips', () => {
	// Sharing a link must reproduce the view: parse(serialize(s)) is s, the camera within rounding.
	it('for arbitrary valid states', () => {
		fc.assert(
			fc.property(validState, (state) => {
				const parsed = parseUrlState(serializeUrlState(state, new URL(ORIGIN)), options);
				const { camera, ...rest } = parsed;
				const { camera: expectedCamera, ...expectedRest } = state;
				expect(rest).toEqual(expectedRest);
				if (expectedCamera === null) expect(camera).toBeNull();
				else expect(camera !== null && cameraEquals(camera, expectedCamera)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	// Place ids are data, not code; any string in the set must survive the URL encoding.
	it('for arbitrary place ids', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', minLength: 1 }), (id) => {
				const state = { ...parseUrlState(new URL(ORIGIN), options), place: id };
				const url = serializeUrlState(state, new URL(ORIGIN));
				const parsed = parseUrlState(url, { ...options, placeIds: new Set([id]) });
				expect(parsed.place).toBe(id);
			})
		);
	});

	// Writing the state of any URL back gives a canonical URL that reads the same.
	it('to a fixed point from arbitrary URLs', () => {
		fc.assert(
			fc.property(anyString, fc.oneof(anyString, nearValidMapHash), (search, hash) => {
				const url = urlWith(search, hash);
				const state = parseUrlState(url, options);
				const once = serializeUrlState(state, url);
				expect(parseUrlState(once, options)).toEqual(state);
				expect(serializeUrlState(state, once).href).toBe(once.href);
			})
		);
	});

	// Host pages add their own params (utm_*, CMS ids); writing our state must not touch them.
	it('keeping unrelated params', () => {
		const otherName = anyString.filter((name) => !OWNED.includes(name));
		fc.assert(
			fc.property(
				fc.array(fc.tuple(otherName, anyString), { maxLength: 5 }),
				validState,
				(pairs, state) => {
					const base = new URL(ORIGIN);
					base.search = new URLSearchParams(pairs).toString();
					const out = serializeUrlState(state, base).searchParams;
					for (const [name] of pairs) {
						expect(out.getAll(name)).toEqual(base.searchParams.getAll(name));
					}
				}
			)
		);
	});
});
