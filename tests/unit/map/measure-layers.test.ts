/** The measure tool draws each of its parts with exactly one layer, as the other overlays do. */
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureFeatures, measureLayers } from '$lib/map/measure-layers';
import { palettes } from '$lib/theme/palette';

const ring: Feature<Polygon> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[36, 49],
				[37, 49],
				[37, 50],
				[36, 49]
			]
		]
	}
};

/** Ids of the layers that draw `feature`: their filter, `['==', ['get', 'part'], part]`, holds. */
function drawnBy(feature: Feature): string[] {
	return measureLayers(palettes.light)
		.filter((layer) => {
			const [op, [get, key], part] = layer.filter as [string, [string, string], string];
			expect([op, get, key]).toEqual(['==', 'get', 'part']);
			return feature.properties?.[key] === part;
		})
		.map((layer) => layer.id);
}

describe('measureFeatures and measureLayers', () => {
	it('draw the ring, the path and each point, each with its own layer', () => {
		const { features } = measureFeatures(
			[
				[36.2, 49.9],
				[37.2, 48.3]
			],
			ring
		);
		expect(features.map(drawnBy)).toEqual([
			['measure-ring'],
			['measure-path'],
			['measure-point'],
			['measure-point']
		]);
	});

	it('draw no path for a single point and no ring without one', () => {
		const { features } = measureFeatures([[36.2, 49.9]], null);
		expect(features.map((feature) => feature.properties?.part)).toEqual(['point']);
	});

	it('colour every part with the palette’s measure colour', () => {
		for (const palette of Object.values(palettes)) {
			const colours = measureLayers(palette).map((layer) => {
				const paint = layer.paint as Record<string, unknown>;
				return paint['line-color'] ?? paint['circle-color'];
			});
			expect(colours).toEqual([palette.measure, palette.measure, palette.measure]);
		}
	});
});
