/**
 * RFC 7946 checks for the GeoJSON layers of `geodata/`: structure, coordinate ranges, rings and
 * winding. Pure functions over parsed JSON.
 */
import type { GeometryType } from '../schema/files';
import { REGION_BBOX } from '../schema/primitives';
import { isObject } from './format';

/** One problem with a geometry: where (`geometry.coordinates[0][1]`) and what. */
export interface GeometryProblem {
	field: string;
	problem: string;
}

const MAX_DECIMALS = 5;

type Position = [number, number];

/** Checks one feature's `geometry` against the allowed types and RFC 7946. */
export function checkGeometry(
	geometry: unknown,
	allowed: readonly GeometryType[]
): GeometryProblem[] {
	if (!isObject(geometry)) return [{ field: 'geometry', problem: 'missing geometry' }];
	const type = geometry.type as GeometryType;
	if (!allowed.includes(type)) {
		return [
			{ field: 'geometry.type', problem: `expected ${allowed.join(' or ')}, got ${String(type)}` }
		];
	}
	const coordinates = geometry.coordinates;
	const depth = { Point: 0, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[type];
	const shape = checkShape(coordinates, depth, 'geometry.coordinates');
	if (shape) return [shape];
	const problems = checkPositions(coordinates, depth, 'geometry.coordinates');
	if (problems.length) return problems;
	if (type === 'Polygon') return checkPolygon(coordinates as Position[][], 'geometry.coordinates');
	if (type === 'MultiPolygon') {
		return (coordinates as Position[][][]).flatMap((polygon, i) =>
			checkPolygon(polygon, `geometry.coordinates[${i}]`)
		);
	}
	if (type === 'LineString') return checkLine(coordinates as Position[], 'geometry.coordinates');
	if (type === 'MultiLineString') {
		return (coordinates as Position[][]).flatMap((line, i) =>
			checkLine(line, `geometry.coordinates[${i}]`)
		);
	}
	return [];
}

/** Nested arrays `depth` deep, ending in positions of two finite numbers. */
function checkShape(value: unknown, depth: number, field: string): GeometryProblem | null {
	if (!Array.isArray(value)) return { field, problem: 'expected an array' };
	if (depth === 0) {
		const ok =
			value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));
		return ok ? null : { field, problem: 'expected a [lon, lat] position' };
	}
	for (const [i, item] of value.entries()) {
		const problem = checkShape(item, depth - 1, `${field}[${i}]`);
		if (problem) return problem;
	}
	return null;
}

/** Range, swapped-axis and precision checks; at most one problem of each kind per geometry. */
function checkPositions(coordinates: unknown, depth: number, field: string): GeometryProblem[] {
	const problems = new Map<string, GeometryProblem>();
	const visit = (value: unknown, level: number, path: string): void => {
		if (level > 0) {
			(value as unknown[]).forEach((item, i) => visit(item, level - 1, `${path}[${i}]`));
			return;
		}
		const problem = positionProblem(value as Position);
		if (problem && !problems.has(problem.kind)) {
			problems.set(problem.kind, { field: path, problem: problem.text });
		}
	};
	visit(coordinates, depth, field);
	return [...problems.values()];
}

function positionProblem([lon, lat]: Position): { kind: string; text: string } | null {
	const text = `[${lon}, ${lat}]`;
	if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
		return { kind: 'range', text: `out of range lon/lat ${text}` };
	}
	if (!inRegion(lon, lat) && inRegion(lat, lon)) {
		return { kind: 'swapped', text: `likely swapped lon/lat ${text}` };
	}
	if (decimals(lon) > MAX_DECIMALS || decimals(lat) > MAX_DECIMALS) {
		return { kind: 'precision', text: `more than ${MAX_DECIMALS} decimals ${text}` };
	}
	return null;
}

function inRegion(lon: number, lat: number): boolean {
	const { west, south, east, north } = REGION_BBOX;
	return lon >= west && lon <= east && lat >= south && lat <= north;
}

function decimals(n: number): number {
	const text = String(n);
	if (text.includes('e')) return Number.POSITIVE_INFINITY;
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : text.length - dot - 1;
}

function checkLine(line: Position[], field: string): GeometryProblem[] {
	return line.length < 2 ? [{ field, problem: 'line has fewer than 2 positions' }] : [];
}

/** Rings closed, ≥ 4 positions, outer ring counter-clockwise and holes clockwise. */
function checkPolygon(rings: Position[][], field: string): GeometryProblem[] {
	if (rings.length === 0) return [{ field, problem: 'polygon has no rings' }];
	return rings.flatMap((ring, i) => {
		const ringField = `${field}[${i}]`;
		if (ring.length < 4) return [{ field: ringField, problem: 'ring has fewer than 4 positions' }];
		if (!samePosition(ring[0]!, ring[ring.length - 1]!)) {
			return [{ field: ringField, problem: 'ring is not closed' }];
		}
		const ccw = signedArea(ring) > 0;
		if (i === 0 && !ccw) {
			return [{ field: ringField, problem: 'outer ring is clockwise, expected counter-clockwise' }];
		}
		if (i > 0 && ccw)
			return [{ field: ringField, problem: 'hole is counter-clockwise, expected clockwise' }];
		return [];
	});
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Twice the planar signed area of a closed ring in degrees²; positive when counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x1, y1] = ring[i]!;
		const [x2, y2] = ring[i + 1]!;
		sum += x1 * y2 - x2 * y1;
	}
	return sum;
}
