import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstScreenGroups } from '../../../scripts/vite/first-screen-chunks';

const root = '/app';
const at = (file: string) => resolve(root, file);

/** A module graph: each module's static imports (dynamic imports are not in `importedIds`). */
function graphOf(imports: Record<string, string[]>) {
	const byId = new Map(Object.entries(imports).map(([file, deps]) => [at(file), deps.map(at)]));
	return { getModuleInfo: (id: string) => ({ importedIds: byId.get(id) ?? [] }) };
}

const graph = graphOf({
	'src/routes/+page.svelte': ['src/lib/App.svelte', 'node_modules/svelte/src/index-client.js'],
	'src/routes/+layout.svelte': ['src/lib/theme/font.css'],
	'src/lib/App.svelte': ['src/lib/data/catalog.ts', 'src/lib/explorer/SidePanel.svelte'],
	// SidePanel imports the place panel dynamically: it is not among its static imports.
	'src/lib/explorer/SidePanel.svelte': ['src/lib/state/i18n.ts'],
	'src/lib/map/MapView.svelte': ['src/lib/map/ExplorerMap.svelte', 'src/lib/data/catalog.ts'],
	'src/lib/panels/PlacePanel.svelte': ['src/lib/data/statement-texts.ts']
});

const [framework, firstScreen, mapView] = firstScreenGroups(root);
const nameIn = (group: typeof firstScreen, file: string) =>
	(group!.name as (id: string, g: typeof graph) => string | null)(at(file), graph);

describe('firstScreenGroups', () => {
	it("puts Svelte's and SvelteKit's runtime in one framework chunk", () => {
		const test = framework!.test as RegExp;
		expect(test.test(at('node_modules/svelte/src/internal/client/runtime.js'))).toBe(true);
		expect(test.test(at('node_modules/@sveltejs/kit/src/runtime/client/client.js'))).toBe(true);
		expect(test.test(at('node_modules/maplibre-gl/dist/maplibre-gl.js'))).toBe(false);
		expect(test.test(at('src/lib/App.svelte'))).toBe(false);
	});

	it("puts the app's modules that / imports statically in the first-screen chunk", () => {
		for (const file of [
			'src/routes/+page.svelte',
			'src/routes/+layout.svelte',
			'src/lib/App.svelte',
			'src/lib/data/catalog.ts',
			'src/lib/explorer/SidePanel.svelte',
			'src/lib/state/i18n.ts'
		]) {
			expect(nameIn(firstScreen, file), file).toBe('first-screen');
		}
	});

	it('leaves out what loads lazily, and packages', () => {
		expect(nameIn(firstScreen, 'src/lib/panels/PlacePanel.svelte')).toBeNull();
		expect(nameIn(firstScreen, 'src/lib/data/statement-texts.ts')).toBeNull();
		expect(nameIn(firstScreen, 'src/lib/map/MapView.svelte')).toBeNull();
		expect(nameIn(firstScreen, 'node_modules/svelte/src/index-client.js')).toBeNull();
	});

	it("gathers the map's lazily loaded view in its own chunk", () => {
		expect(nameIn(mapView, 'src/lib/map/MapView.svelte')).toBe('map-view');
		expect(nameIn(mapView, 'src/lib/map/ExplorerMap.svelte')).toBe('map-view');
		expect(nameIn(mapView, 'src/lib/panels/PlacePanel.svelte')).toBeNull();
		// Shared with the first screen: the first-screen group's higher priority takes it.
		expect(firstScreen!.priority).toBeGreaterThan(mapView!.priority ?? 0);
	});
});
