/** The content model in `geodata/` as the studio adds to it (built into the page at build time). */
import placesCollection from '$geodata/places.geojson?points';
import regionEntries from '$geodata/regions.geojson?properties';
import placesJson from '$geodata/places.json';
import statementsJson from '$geodata/statements.json';
import storiesJson from '$geodata/stories.json';
import snapshotsJson from '$geodata/snapshots.json';
import sourcesJson from '$geodata/sources.json';
import type { Point } from 'geojson';
import type { Place, PlaceRecord, Region } from '$lib/data/schema/places';
import type { Statement } from '$lib/data/schema/statements';
import type { Snapshot, Source, Story } from '$lib/data/schema/stories';
import type { ContentModel } from './records';

/** A place or oblast the model has, with a point to show it at. */
interface KnownPlace {
	id: string;
	name: string;
	kind: 'city' | 'oblast';
	lon: number;
	lat: number;
}

const knownPlaces: KnownPlace[] = [
	...placesCollection.features.map((f) => {
		const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
		return {
			id: (f.properties as Place).id,
			name: (f.properties as Place).name_en,
			kind: 'city' as const,
			lon,
			lat
		};
	}),
	...regionEntries.map(({ properties, bbox: [w, s, e, n] }) => ({
		id: (properties as Region).id,
		name: (properties as Region).name_en,
		kind: 'oblast' as const,
		lon: (w + e) / 2,
		lat: (s + n) / 2
	}))
];

export const oblasts = knownPlaces.filter((p) => p.kind === 'oblast');

export const contentModel: ContentModel = {
	stories: storiesJson as Story[],
	statements: statementsJson as Statement[],
	places: placesJson as PlaceRecord[],
	sources: sourcesJson as Source[],
	snapshots: snapshotsJson as Snapshot[],
	placeIds: knownPlaces.map((p) => p.id)
};
