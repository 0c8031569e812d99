import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplifyShared } from '../../../scripts/lib/geometry';
import { stringifyCollection } from '../../../scripts/lib/io';

/** A wiggly edge from (0,0) to (1,0), shared by two squares either side of it. */
const edge: Position[] = Array.from({ length: 101 }, (_, i) => [i / 100, Math.sin(i) * 0.001]);
const below: Polygon = {
	type: 'Polygon',
	coordinates: [[...edge.map((p) => [p[0]!, p[1]!]), [1, -1], [0, -1], [0, 0]].map(round)]
};
const above: Polygon = {
	type: 'Polygon',
	coordinates: [[[0, 0], [0, 1], [1, 1], ...[...edge].reverse()].map(round)]
};
function round(p: Position): Position {
	return [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];
}

const shared = (ring: Position[]) =>
	ring.filter((p) => p[1]! > -0.5 && p[1]! < 0.5 && p[0]! > 0 && p[0]! < 1);

describe('simplifyShared', () => {
	// Neighbouring polygons simplified together must keep identical shared edges (no slivers).
	it('keeps a shared edge identical in both polygons', () => {
		const [a, b] = simplifyShared([below, above], 0.0005);
		const edgeA = shared(a!.coordinates[0]!).map(String);
		const edgeB = shared(b!.coordinates[0]!).map(String).reverse();
		expect(edgeA.length).toBeGreaterThan(0);
		expect(edgeA.length).toBeLessThan(edge.length);
		expect(edgeA).toEqual(edgeB);
	});

	// Rings stay closed after simplification.
	it('keeps rings closed', () => {
		const [a] = simplifyShared([below], 0.01);
		const ring = a!.coordinates[0]!;
		expect(ring[0]).toEqual(ring[ring.length - 1]);
	});
});

describe('stringifyCollection', () => {
	// Output must be byte-stable: one feature per line and a trailing newline.
	it('writes one feature per line', () => {
		const text = stringifyCollection([
			{ type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [1, 2] } }
		]);
		expect(text).toBe(
			'{"type":"FeatureCollection","features":[\n' +
				'{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1,2]}}\n]}\n'
		);
	});
});
