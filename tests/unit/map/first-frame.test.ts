import { describe, expect, it } from 'vitest';
import { frameStyle, worldX, worldY, type FirstFrame } from '$lib/map/first-frame';
import { frameSvg } from '$lib/map/first-frame-svg';
import { cardUrl, frameFile, frameFileNames } from '$lib/map/first-frame-views';

describe('the first frame’s camera', () => {
	// MapLibre's world is 512 px at zoom 0: the equator and the prime meridian cross at its centre,
	// and Web Mercator's limit (85.0511°) is its top edge.
	it('projects like MapLibre', () => {
		expect(worldX(0)).toBe(256);
		expect(worldX(-180)).toBe(0);
		expect(worldY(0)).toBeCloseTo(256, 9);
		expect(worldY(85.0511287798)).toBeCloseTo(0, 6);
	});

	// A point view is drawn at its zoom, the point at the area's centre; a wider area may only
	// bring it closer (SelectionCamera's `Math.max(zoom, 8)`).
	it('places a point frame at its zoom, with the point at the centre', () => {
		const frame: FirstFrame = {
			src: 'x.svg',
			extent: [worldX(37) - 4, worldY(48) - 2, 8, 4],
			view: {
				kind: 'point',
				center: [37, 48],
				zoom: 8,
				atLeast: { kind: 'fit', bounds: [35, 47, 39, 51], padding: 24 }
			}
		};
		const style = frameStyle(frame);
		expect(style).toContain('--frame-width: max(2048px, min(');
		expect(style).toContain('--frame-x: 0.5;');
		expect(style).toContain('--frame-y: 0.5');
	});

	// A camera from `#map=` puts its centre at the area's centre, at its own zoom.
	it('follows a camera from the URL', () => {
		const frame: FirstFrame = {
			src: 'x.svg',
			extent: [worldX(30), worldY(52), worldX(40) - worldX(30), worldY(46) - worldY(52)],
			view: { kind: 'fit', bounds: [30, 46, 40, 52], padding: 24 }
		};
		const style = frameStyle(frame, { zoom: 7, center: [30, 52] });
		expect(style).toContain(
			`--frame-width: ${Math.round((worldX(40) - worldX(30)) * 128e6) / 1e6}px`
		);
		expect(style).toContain('--frame-x: 0;');
		expect(style).toContain('--frame-y: 0');
	});
});

describe('the first frame’s SVG', () => {
	// A line layer over a line feature becomes a path in px at the frame's zoom, from its corner,
	// with the layer's colour and width.
	it('draws a layer spec over GeoJSON in px at the frame’s zoom', () => {
		const svg = frameSvg({
			extent: [worldX(36), worldY(50), 1, 1],
			zoom: 8,
			state: {},
			layers: [
				{
					layer: {
						id: 'line',
						type: 'line',
						source: 's',
						paint: { 'line-color': '#ff0000', 'line-width': 2 }
					},
					features: [
						{
							type: 'Feature',
							properties: {},
							geometry: {
								type: 'LineString',
								coordinates: [
									[36.1, 49.9],
									[36.2, 49.9]
								]
							}
						}
					]
				}
			]
		});
		const x = ((worldX(36.1) - worldX(36)) * 256).toFixed(1);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="256" height="256"/);
		expect(svg).toContain('stroke="rgba(255,0,0,1)" stroke-width="2"');
		expect(svg).toContain(`d="M${Number(x)} `);
	});
});

describe('the link-preview card’s URL', () => {
	// Platforms want an absolute og:image: the site's origin makes it one when the build knows it.
	it('is absolute with the site’s origin, else relative to the site', () => {
		expect(cardUrl('https://example.org')).toMatch(/^https:\/\/example\.org\/.*og-image\.png$/);
		expect(cardUrl(undefined)).toMatch(/^[^:]*og-image\.png$/);
		expect(cardUrl('')).toBe(cardUrl(undefined));
	});
});

describe('the first frames’ files', () => {
	// Each frame comes in each language and scheme, and only names the site has are read back.
	it('names each frame in each language and scheme, and reads the names back', () => {
		const names = frameFileNames();
		expect(names).toEqual(
			expect.arrayContaining(['default', 'default.dark', 'default.uk', 'default.uk.dark'])
		);
		expect(frameFile('pokrovsk.uk.dark')).toEqual({ id: 'pokrovsk', lang: 'uk', theme: 'dark' });
		expect(frameFile('compare')).toEqual({ id: 'compare', lang: 'en', theme: 'light' });
		for (const name of ['pokrovsk.dark.uk', 'pokrovsk.fr', 'nowhere', 'nowhere.dark']) {
			expect(frameFile(name)).toBeNull();
		}
		expect(names.every((name) => frameFile(name) !== null)).toBe(true);
	});
});
