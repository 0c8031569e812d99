import { catalog } from '$lib/data/catalog';
import { parseUrlState } from '$lib/state/url-state';
import { createMap, type CreatedMap } from './create-map';
import { loadMapEngine } from './load-maplibre';
import { systemThemeNow } from '$lib/theme/color-scheme';
import { explorerMapSettings } from './explorer-map-settings';
import { selectionBounds } from './framing';

let started: Promise<CreatedMap> | null = null;
let markHydrated: () => void = () => {};
const hydrated = new Promise<void>((resolve) => (markHydrated = resolve));

/** Called once the page has hydrated: the map waits for it, so the page's buttons work first. */
export function pageHydrated(): void {
	markHydrated();
}

/**
 * Starts the full page's map from the prerendered page, before the map's own components have
 * loaded: MapLibre and its worker load while Svelte hydrates, and the map is created in the
 * prerendered map area as soon as the page has hydrated (creating it sooner would hold up the
 * hydration, and clicks on the place list would do nothing for longer). The map component takes
 * it over with {@link takeStartedMap}. The URL's camera, or else its selection (a place, the
 * compare view), language and theme matter here; no date ids are needed to read it.
 * Step 3 of README.md, "How the map starts".
 */
export function startMap(slot: HTMLElement, url: URL): void {
	const state = parseUrlState(url, { placeIds: new Set(catalog.byId.keys()), dates: new Set() });
	const settings = explorerMapSettings({
		theme: state.theme ?? systemThemeNow(),
		lang: state.lang,
		camera: state.camera,
		selection: state.camera ? null : selectionBounds(state.place, state.view),
		embedded: false,
		showZoomControls: true
	});
	const engine = loadMapEngine().then((maplibre) => {
		maplibre.prewarm();
		return maplibre;
	});
	started = Promise.all([engine, hydrated]).then(([maplibre]) =>
		createMap(maplibre, slot, settings)
	);
	// A failure (no WebGL) is reported by the component that takes the map over.
	started.catch(() => {});
	void import('./MapView.svelte');
}

/** The map {@link startMap} created, once: later callers (a retry) get null and create their own. */
export function takeStartedMap(): Promise<CreatedMap> | null {
	const taken = started;
	started = null;
	return taken;
}
