import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { geojsonPlugin } from '../../../scripts/vite/geojson-plugin';
import { statementRefsPlugin } from '../../../scripts/vite/statement-refs-plugin';

const VALID = join(import.meta.dirname, '../../fixtures/geodata/valid');
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(VALID, file), 'utf8')) as T;

/** What `plugin` makes of module `id`, evaluated: its default export. */
async function moduleOf(plugin: Plugin, id: string): Promise<unknown> {
	const load = plugin.load as (this: unknown, id: string) => Promise<unknown>;
	const result = await load.call({ addWatchFile: () => {} }, id);
	const code = typeof result === 'string' ? result : (result as { code: string }).code;
	return new Function(code.replace('export default', 'return'))() as unknown;
}

describe('statements.json?refs', () => {
	it('keeps what the first screen counts, dates and filters by, and leaves out the words', async () => {
		const statements = readJson<Record<string, unknown>[]>('statements.json');
		const refs = await moduleOf(statementRefsPlugin(), `${VALID}/statements.json?refs`);
		expect(refs).toEqual(
			statements.map((s) => ({
				id: s.id,
				article: s.article,
				places: s.places,
				said_on: s.said_on
			}))
		);
	});

	it('leaves other imports to Vite', async () => {
		const load = statementRefsPlugin().load as (id: string) => Promise<unknown>;
		expect(await load(`${VALID}/statements.json`)).toBeNull();
	});
});

describe('places.geojson?points and ?control', () => {
	const places = readJson<FeatureCollection>('places.geojson');

	it('?points is the collection without each place’s status on every snapshot', async () => {
		const points = (await moduleOf(
			geojsonPlugin(),
			`${VALID}/places.geojson?points`
		)) as FeatureCollection;
		expect(points.features).toHaveLength(places.features.length);
		points.features.forEach((feature, i) => {
			const { control, ...rest } = places.features[i]!.properties!;
			expect(control).toBeDefined();
			expect(feature.properties).toEqual(rest);
			expect(feature.geometry).toEqual(places.features[i]!.geometry);
		});
	});

	it('?control is that status, by place id', async () => {
		const control = await moduleOf(geojsonPlugin(), `${VALID}/places.geojson?control`);
		expect(control).toEqual(
			Object.fromEntries(places.features.map((f) => [f.properties!.id, f.properties!.control]))
		);
	});
});
