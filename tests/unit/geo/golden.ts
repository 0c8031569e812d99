/**
 * Golden-file helpers for the geo tests (after Turf's `test/in` → `test/out` fixtures).
 * `REGEN=1 npx vitest run tests/unit/geo` rewrites the goldens instead of comparing: review the diff.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/geo');
const regen = process.env.REGEN === '1';

/** A JSON value as stored in a golden file. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Rounds every number in a value to `digits` decimals (3 decimals = 1 m for km values).
 * Non-finite numbers become strings ("Infinity", "NaN") so they survive JSON.
 */
function roundDeep(value: unknown, digits = 3): Json {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return String(value);
		const rounded = Number(value.toFixed(digits));
		return Object.is(rounded, -0) ? 0 : rounded;
	}
	if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map((item) => roundDeep(item, digits));
	if (value instanceof Map) return roundDeep(Object.fromEntries(value), digits);
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		return Object.fromEntries(entries.map(([key, item]) => [key, roundDeep(item, digits)]));
	}
	throw new TypeError(`roundDeep: cannot store ${typeof value} in a golden file`);
}

/** Reads `tests/fixtures/geo/in/<name>.geojson`. A fresh copy per call: no shared mutable fixtures. */
export function loadInput<G extends Geometry = Geometry>(name: string): FeatureCollection<G> {
	const text = readFileSync(resolve(fixtures, 'in', `${name}.geojson`), 'utf8');
	return JSON.parse(text) as FeatureCollection<G>;
}

/**
 * Compares `actual` (rounded to `digits`) with `tests/fixtures/geo/out/<name>.json`,
 * or writes that file when `REGEN=1`.
 */
export function expectGolden(name: string, actual: unknown, digits = 3): void {
	const file = resolve(fixtures, 'out', `${name}.json`);
	const rounded = roundDeep(actual, digits);
	if (regen) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `${JSON.stringify(rounded, null, '\t')}\n`);
		return;
	}
	if (!existsSync(file)) {
		throw new Error(`missing golden ${name}.json: run REGEN=1 npx vitest run tests/unit/geo`);
	}
	expect(rounded).toEqual(JSON.parse(readFileSync(file, 'utf8')) as Json);
}
