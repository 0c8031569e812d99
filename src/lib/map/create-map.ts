import type * as MapLibre from 'maplibre-gl';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Camera } from '$lib/state/camera-hash';
import type { Bounds } from './first-frame';
import { DEFAULT_PADDING, frameSelection } from './framing';

/** What a map is created with; later changes go through <ExplorerMap>'s reactive props. */
export interface MapSettings {
	style: StyleSpecification;
	/** The first camera; null frames `selection`, or `fallbackBounds` without one. */
	camera: Camera | null;
	/** A selection the map opens framed on, without an animation (no flight on load). */
	selection: Bounds | null;
	/** [[west, south], [east, north]] in degrees. */
	fallbackBounds: [[number, number], [number, number]];
	/** Accessible name of the map canvas. */
	label: string;
	/** Attribution HTML, one string per source. */
	attribution: string[];
	/** Embeds: scroll-zoom needs Ctrl/⌘ and touch needs two fingers, so the host page scrolls. */
	cooperativeGestures: boolean;
	showZoomControls: boolean;
}

/** A map in a container of its own, waiting for the component that will show it. */
export interface CreatedMap {
	map: MapLibreMap;
	/** Absolutely positioned over its parent; the adopter moves it into its own element. */
	container: HTMLDivElement;
	/** Resolves once the style is parsed and layers may be added (MapLibre's `style.load`). */
	styleLoaded: Promise<void>;
	/** Hands the map's errors, those already reported and those to come, to `onerror`. */
	adopt: (onerror: (error: Error) => void) => void;
}

/**
 * Creates a map filling `parent`. Errors the map reports before {@link CreatedMap.adopt} are kept,
 * so a map started early loses none of them. Step 4 of README.md, "How the map starts".
 * @throws when WebGL is unavailable (MapLibre's own error); the container is removed first.
 */
export function createMap(
	maplibre: typeof MapLibre,
	parent: HTMLElement,
	settings: MapSettings
): CreatedMap {
	const container = document.createElement('div');
	Object.assign(container.style, { position: 'absolute', inset: '0' });
	// The first frame (FirstFrame.svelte) shows the view until the map has drawn all of it: a map
	// drawn piece by piece would first replace that picture with an empty sea.
	container.style.visibility = 'hidden';
	parent.append(container);
	let map: MapLibreMap;
	try {
		map = new maplibre.Map({
			container,
			style: settings.style,
			...(settings.camera
				? {
						center: settings.camera.center,
						zoom: settings.camera.zoom,
						bearing: settings.camera.bearing,
						pitch: settings.camera.pitch
					}
				: { bounds: settings.fallbackBounds, fitBoundsOptions: { padding: DEFAULT_PADDING } }),
			attributionControl: { compact: false, customAttribution: settings.attribution },
			cooperativeGestures: settings.cooperativeGestures,
			locale: { 'Map.Title': settings.label },
			maxZoom: 13,
			minZoom: 3
		});
	} catch (error) {
		container.remove();
		throw error;
	}
	if (!settings.camera && settings.selection) frameSelection(map, settings.selection, false);
	if (settings.showZoomControls) {
		map.addControl(new maplibre.NavigationControl({ visualizePitch: false }), 'top-right');
	}
	// Under the zoom buttons: the full-width attribution covers the bottom corners.
	map.addControl(new maplibre.ScaleControl({ unit: 'metric', maxWidth: 100 }), 'top-right');
	map.once('idle', () => container.style.removeProperty('visibility'));
	const reported: Error[] = [];
	let report: ((error: Error) => void) | null = null;
	map.on('error', (event) => {
		const error = Object.assign(new Error(event.error.message), event.error);
		if (report) report(error);
		else reported.push(error);
	});
	return {
		map,
		container,
		styleLoaded: new Promise((resolve) => map.once('style.load', () => resolve())),
		adopt(onerror) {
			report = onerror;
			for (const error of reported.splice(0)) onerror(error);
		}
	};
}
