import type { Plugin } from 'vite';
import { geojsonPlugin } from './geojson-plugin.ts';
import { mapOverlaysPlugin } from './map-overlays-plugin.ts';
import { statementRefsPlugin } from './statement-refs-plugin.ts';

/**
 * The plugins behind the app's imports from `geodata/` (`?json`, `?points`, `?control`,
 * `?properties`, `?refs`, `?map-overlays`, `?map-weeks`): one list for every build that compiles
 * the app's modules, the app's own (vite.config.ts) and the bench's baseline page.
 */
export function geodataImportPlugins(): Plugin[] {
	return [geojsonPlugin(), statementRefsPlugin(), mapOverlaysPlugin()];
}
