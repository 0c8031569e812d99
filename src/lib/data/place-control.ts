/**
 * Each city's DeepStateMap status on every front-line snapshot, for the place panel and the
 * exports. The catalog leaves it out (`places.geojson?points`), so that the first screen does not
 * download it; this module loads with the panels that show it.
 */
import controlById from '$geodata/places.geojson?control';
import type { Control } from './schema/places';
import type { Entity } from './catalog';

/** A city's status by snapshot id; null for oblasts, places in Russia and places not yet built. */
export function controlOf(entity: Entity): Record<string, Control> | null {
	if (entity.kind !== 'city' || entity.country !== 'UA') return null;
	return controlById[entity.id] ?? null;
}

/** A city's status on one snapshot; null where {@link controlOf} is null or it has none then. */
export function controlOn(entity: Entity, snapshotId: string): Control {
	return controlOf(entity)?.[snapshotId] ?? null;
}
