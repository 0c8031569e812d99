import { resolve } from 'node:path';

/** The subset of Rolldown's chunking context this file reads. */
interface ModuleGraph {
	getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const FRAMEWORK = /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/;

/**
 * Rolldown's code splitting groups for the first screen. Left to itself, Rolldown cuts the code
 * that `/` runs before its map is idle into about twenty files, by which routes and lazy panels
 * share each module, and gzip then compresses each small file on its own (about 4 kB more than
 * the same code in a few files). These groups put it into two files:
 * - `framework`: Svelte's and SvelteKit's runtime, which every route runs;
 * - `first-screen`: the app's modules that `/` imports statically (`src/routes/+page.svelte`
 *   and the layout, followed through static imports only), so no lazy panel's code joins it.
 * Everything else keeps Rolldown's automatic split.
 */
export function firstScreenGroups(root: string) {
	const at = (files: string[]) => files.map((file) => resolve(root, file));
	const pageEntries = at(['src/routes/+layout.svelte', 'src/routes/+page.svelte']);
	const mapEntries = at(['src/lib/map/MapView.svelte']);
	let firstScreen: Set<string> | null = null;
	let mapView: Set<string> | null = null;
	const staticClosure = (graph: ModuleGraph, entries: string[]): Set<string> => {
		const seen = new Set<string>();
		const queue = [...entries];
		for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
			if (seen.has(id)) continue;
			seen.add(id);
			queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
		}
		return seen;
	};
	return [
		{ name: 'framework', test: FRAMEWORK, priority: 2 },
		{
			name: (id: string, graph: ModuleGraph) => {
				firstScreen ??= staticClosure(graph, pageEntries);
				return firstScreen.has(id) && !id.includes('node_modules') ? 'first-screen' : null;
			},
			priority: 1
		},
		{
			name: (id: string, graph: ModuleGraph) => {
				mapView ??= staticClosure(graph, mapEntries);
				return mapView.has(id) && !id.includes('node_modules') ? 'map-view' : null;
			}
		}
	];
}
