import { describe, expect, it } from 'vitest';
import {
	cameraEquals,
	formatCameraHash,
	parseCameraHash,
	type Camera
} from '$lib/state/camera-hash';
import {
	defaultAppState,
	parseUrlState,
	serializeUrlState,
	type AppState
} from '$lib/state/url-state';

const ORIGIN = 'https://frontline.example';
const options = {
	placeIds: new Set(['kharkiv', 'pokrovsk', 'vovchansk']),
	dates: new Set(['2024-05-09', '2024-07-17', '2024-07-24']),
	storyIds: new Set(['ki-story'])
};
const parse = (path: string) => parseUrlState(new URL(path, ORIGIN), options);
const cam = (zoom: number, lon: number, lat: number, bearing = 0, pitch = 0): Camera => ({
	zoom,
	center: [lon, lat],
	bearing,
	pitch
});

describe('parseUrlState', () => {
	// The bare root is the most shared link; it must be the default state.
	it('reads the default state from a URL without params', () => {
		expect(parse('/')).toEqual(defaultAppState());
	});

	// MapLibre's own hash format must be understood, with lat before lon.
	it('reads the camera from /#map=7/49.2/36.9', () => {
		expect(parse('/#map=7/49.2/36.9').camera).toEqual(cam(7, 36.9, 49.2));
	});

	// A link to a place in the story selects it.
	it('selects a known place from /?place=pokrovsk', () => {
		expect(parse('/?place=pokrovsk').place).toBe('pokrovsk');
	});

	// A stale or mistyped place id must not select a place that does not exist.
	it('ignores an unknown place from /?place=nonsense', () => {
		expect(parse('/?place=nonsense').place).toBeNull();
	});

	// A shared link filters to one known story; an unknown one shows every story.
	it('reads a known story from /?story= and ignores an unknown one', () => {
		expect(parse('/?story=ki-story').story).toBe('ki-story');
		expect(parse('/?story=nonsense').story).toBeNull();
	});

	// Every discrete field can be set at once and nothing else changes.
	it('reads view, date, lang and theme together', () => {
		expect(parse('/?view=compare&date=2024-07-17&lang=uk&theme=dark')).toEqual({
			...defaultAppState(),
			view: 'compare',
			date: '2024-07-17',
			lang: 'uk',
			theme: 'dark'
		});
	});

	// Dates outside the known snapshots would show a map with no data.
	it('ignores a date that is not a known snapshot', () => {
		expect(parse('/?date=2024-07-18').date).toBeNull();
	});

	// Unknown values must fall back to defaults, not leak into the app's types.
	it('falls back to defaults for unknown view, lang and theme', () => {
		const state = parse('/?view=map&lang=ru&theme=sepia');
		expect([state.view, state.lang, state.theme]).toEqual(['explore', 'en', null]);
	});

	// Duplicated params have one documented winner: the first.
	it('uses the first of duplicated params', () => {
		expect(parse('/?place=kharkiv&place=pokrovsk').place).toBe('kharkiv');
	});

	// Malformed percent-encoding makes decodeURIComponent throw; parsing must not.
	it('survives malformed percent-encoding', () => {
		expect(() => parse('/?place=%E0%A4%A&view=%&id=%zz#map=%/%/%')).not.toThrow();
	});

	// Embeds can pick their controls; unknown ones are dropped and the order is canonical.
	it('reads embed options', () => {
		expect(parse('/?controls=legend,bogus,zoom,zoom&panel=closed&id=story-map_1').embed).toEqual({
			controls: ['zoom', 'legend'],
			panel: 'closed',
			id: 'story-map_1',
			height: null
		});
	});

	// A host sets the embed's map height; absurd values are clamped, not obeyed.
	it('reads ?height= as whole px clamped to 240–1000', () => {
		expect(parse('/?height=480').embed.height).toBe(480);
		expect(parse('/?height=520.6').embed.height).toBe(521);
		expect(parse('/?height=100').embed.height).toBe(240);
		expect(parse('/?height=99999').embed.height).toBe(1000);
		expect(parse('/?height=tall').embed.height).toBeNull();
		expect(parse('/?height=-300').embed.height).toBeNull();
		expect(parse('/').embed.height).toBeNull();
	});

	// An empty controls list is a deliberate "no controls", unlike a missing param ("all").
	it('distinguishes controls= from a missing controls param', () => {
		expect(parse('/?controls=').embed.controls).toEqual([]);
		expect(parse('/').embed.controls).toEqual(['zoom', 'legend', 'list', 'fullscreen']);
	});

	// The embed id is echoed to the host page, so only a safe, short token is accepted.
	it('rejects an embed id outside [A-Za-z0-9_-]{1,64}', () => {
		expect(parse('/?id=<script>').embed.id).toBeNull();
		expect(parse(`/?id=${'a'.repeat(65)}`).embed.id).toBeNull();
		expect(parse('/?id=').embed.id).toBeNull();
	});
});

describe('camera hash', () => {
	// Bearing and pitch only appear when used, like MapLibre, and must round-trip.
	it('round-trips bearing and pitch: #map=7.5/49.2/36.9/30/45', () => {
		const camera = parseCameraHash('#map=7.5/49.2/36.9/30/45');
		expect(camera).toEqual(cam(7.5, 36.9, 49.2, 30, 45));
		expect(formatCameraHash(camera!)).toBe('map=7.5/49.2/36.9/30/45');
	});

	// A flat north-up camera gives the short three-part hash.
	it('omits zero bearing and pitch', () => {
		expect(formatCameraHash(cam(7, 36.9, 49.2))).toBe('map=7/49.2/36.9');
	});

	// MapLibre writes the bearing as 0 when only the pitch is set, so the pitch stays fifth.
	it('writes a zero bearing when the pitch is non-zero', () => {
		expect(formatCameraHash(cam(7, 36.9, 49.2, 0, 45))).toBe('map=7/49.2/36.9/0/45');
	});

	// Long floats from the map must not bloat the URL.
	it('rounds zoom to 2, lat/lon to 4 and bearing/pitch to 1 decimal', () => {
		expect(formatCameraHash(cam(7.123456, 36.123456789, 49.987654321, 12.345, 33.333))).toBe(
			'map=7.12/49.9877/36.1235/12.3/33.3'
		);
	});

	// Bearings from MapLibre can be any angle; the URL keeps one canonical form.
	it('normalises the bearing into [-180, 180)', () => {
		expect(parseCameraHash('map=7/49.2/36.9/270')?.bearing).toBe(-90);
		expect(parseCameraHash('map=7/49.2/36.9/180')?.bearing).toBe(-180);
		expect(formatCameraHash(cam(7, 36.9, 49.2, 179.97))).toBe('map=7/49.2/36.9/-180');
	});

	// Other hash params (e.g. from a host page) must not hide the camera.
	it('finds map= among other hash params', () => {
		expect(parseCameraHash('#foo=1&map=7/49.2/36.9')).toEqual(cam(7, 36.9, 49.2));
	});

	// Any invalid part means the default view, never a half-applied camera.
	it.each([
		'#map=',
		'#map=7/49.2',
		'#map=7/49.2/36.9/0/0/0',
		'#map=7/49.2/36.9/',
		'#map=NaN/49.2/36.9',
		'#map=Infinity/49.2/36.9',
		'#map=1e999/49.2/36.9',
		'#map=7/1e1/36.9',
		'#map=0x7/49.2/36.9',
		'#map= 7/49.2/36.9',
		'#map=23/49.2/36.9',
		'#map=-1/49.2/36.9',
		'#map=7/86/36.9',
		'#map=7/49.2/181',
		'#map=7/49.2/36.9/0/86',
		'#map=7/49.2/36.9/0/-1',
		'#notmap=7/49.2/36.9'
	])('rejects %s', (hash) => {
		expect(parseCameraHash(hash)).toBeNull();
	});

	// The range limits themselves are valid views.
	it('accepts the edges of every range', () => {
		expect(parseCameraHash('map=22/85.06/180/0/85')).toEqual(cam(22, 180, 85.06, 0, 85));
		expect(parseCameraHash('map=0/-85.06/-180')).toEqual(cam(0, -180, -85.06));
	});
});

describe('cameraEquals', () => {
	// The map reports unrounded floats; the URL holds rounded ones. They must count as equal.
	it('treats a camera and its parsed hash as equal', () => {
		const live = cam(7.123456, 36.123456789, 49.987654321, 12.345, 33.333);
		expect(cameraEquals(live, parseCameraHash(formatCameraHash(live))!)).toBe(true);
	});

	// A real move must be seen, or the URL would stop following the map.
	it('sees a move larger than the tolerance', () => {
		expect(cameraEquals(cam(7, 36.9, 49.2), cam(7, 36.9, 49.21))).toBe(false);
		expect(cameraEquals(cam(7, 36.9, 49.2), cam(7.5, 36.9, 49.2))).toBe(false);
	});

	// -180° and 179.95° point almost the same way.
	it('compares bearings around the circle', () => {
		expect(cameraEquals(cam(7, 36.9, 49.2, -180), cam(7, 36.9, 49.2, 179.95))).toBe(true);
	});

	// Callers can loosen the check, e.g. while an animation is running.
	it('accepts a custom tolerance', () => {
		expect(cameraEquals(cam(7, 36.9, 49.2), cam(7.4, 36.9, 49.2), { zoom: 0.5 })).toBe(true);
	});
});

describe('serializeUrlState', () => {
	const base = new URL(`${ORIGIN}/`);

	// Defaults are omitted so the canonical link for the default view is the bare URL.
	it('writes nothing for the default state', () => {
		expect(serializeUrlState(defaultAppState(), base).href).toBe(`${ORIGIN}/`);
	});

	// The full state serialises in a fixed, readable order.
	it('writes every non-default field', () => {
		const state: AppState = {
			place: 'pokrovsk',
			story: 'ki-story',
			view: 'compare',
			date: '2024-07-17',
			lang: 'uk',
			theme: 'dark',
			camera: cam(7.5, 36.9, 49.2, 30, 45),
			embed: { controls: ['zoom', 'legend'], panel: 'closed', id: 'abc', height: 300 }
		};
		expect(serializeUrlState(state, base).href).toBe(
			`${ORIGIN}/?place=pokrovsk&story=ki-story&view=compare&date=2024-07-17&lang=uk&theme=dark&controls=zoom,legend&panel=closed&height=300&id=abc#map=7.5/49.2/36.9/30/45`
		);
	});

	// Tracking or host params must survive a state change byte for byte.
	it('keeps unrelated params and hash parts untouched', () => {
		const url = new URL(`${ORIGIN}/embed/?utm_source=a%20b&place=kharkiv&x=1+2#foo=1&map=1/2/3`);
		const out = serializeUrlState({ ...defaultAppState(), place: 'pokrovsk' }, url);
		expect(out.search).toBe('?place=pokrovsk&utm_source=a%20b&x=1+2');
		expect(out.hash).toBe('#foo=1');
		expect(out.pathname).toBe('/embed/');
	});

	// The input URL is shared with the router; serialising must not mutate it.
	it('does not mutate the base URL', () => {
		const url = new URL(`${ORIGIN}/?place=kharkiv`);
		serializeUrlState(defaultAppState(), url);
		expect(url.href).toBe(`${ORIGIN}/?place=kharkiv`);
	});

	// Clearing the camera must remove the hash, or the old view would come back on reload.
	it('removes #map= when the camera is null', () => {
		const url = new URL(`${ORIGIN}/#map=7/49.2/36.9`);
		expect(serializeUrlState(defaultAppState(), url).href).toBe(`${ORIGIN}/`);
	});
});
