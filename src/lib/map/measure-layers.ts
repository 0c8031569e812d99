/**
 * The measure tool's drawing as plain style specs and GeoJSON, like overlay-layers.ts: the range
 * ring, the ruler's path and its points, from one inline source whose features say which `part`
 * they are. MeasureLayers.svelte adds them through <MapLayer>.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { OverlayLayer } from './overlay-layers';
import type { Palette } from '$lib/theme/palette';

/** The id of the measure tool's source. */
export const MEASURE_SOURCE = 'measure';

type MeasurePart = 'ring' | 'path' | 'point';

const partIs = (part: MeasurePart): ExpressionSpecification => ['==', ['get', 'part'], part];

/** The ring (dashed), the path and the points, drawn above everything else. */
export function measureLayers(palette: Palette): OverlayLayer[] {
	return [
		{
			id: 'measure-ring',
			type: 'line',
			filter: partIs('ring'),
			paint: { 'line-color': palette.measure, 'line-width': 2, 'line-dasharray': [2, 1] }
		},
		{
			id: 'measure-path',
			type: 'line',
			filter: partIs('path'),
			paint: { 'line-color': palette.measure, 'line-width': 2.5 }
		},
		{
			id: 'measure-point',
			type: 'circle',
			filter: partIs('point'),
			paint: {
				'circle-radius': 4,
				'circle-color': palette.measure,
				'circle-stroke-color': palette.placeStroke,
				'circle-stroke-width': 1.5
			}
		}
	];
}

/**
 * The source's data: the ring when there is one, the path once there are two points, each point.
 * @param points the ruler's points, `[lon, lat]`
 * @param ring the range ring's polygon, or null
 */
export function measureFeatures(
	points: readonly Position[],
	ring: Feature | null
): FeatureCollection {
	const path: Feature[] =
		points.length > 1
			? [
					{
						type: 'Feature',
						properties: { part: 'path' },
						geometry: { type: 'LineString', coordinates: [...points] }
					}
				]
			: [];
	return {
		type: 'FeatureCollection',
		features: [
			...(ring ? [{ ...ring, properties: { part: 'ring' } }] : []),
			...path,
			...points.map((coordinates): Feature => ({
				type: 'Feature',
				properties: { part: 'point' },
				geometry: { type: 'Point', coordinates }
			}))
		]
	};
}
