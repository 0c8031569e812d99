/** Reading sources and writing build outputs deterministically. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Reads a GeoJSON FeatureCollection from the sources directory. */
export function readCollection<G extends Geometry = Geometry, P = Record<string, unknown>>(
	root: string,
	path: string
): FeatureCollection<G, P & object> {
	const json = JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection<
		G,
		P & object
	>;
	if (json.type !== 'FeatureCollection') throw new Error(`${path}: not a FeatureCollection`);
	return json;
}

/**
 * A FeatureCollection as text: one feature per line (readable diffs, small files), keys in
 * insertion order, trailing newline.
 */
export function stringifyCollection(features: Feature[]): string {
	if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
	const lines = features.map((f) => JSON.stringify(f)).join(',\n');
	return `{"type":"FeatureCollection","features":[\n${lines}\n]}\n`;
}

/** JSON records, tab-indented, trailing newline. */
export function stringifyJson(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** Size in bytes after gzip -9, what a browser would download. */
export function gzipSize(content: string | Buffer): number {
	return gzipSync(content, { level: 9 }).length;
}
