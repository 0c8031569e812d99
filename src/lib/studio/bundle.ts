/**
 * The story's files as one download: the content-model files of `geodata/` with the story added
 * (copied over `geodata/` as they are), and the coordinates of the places it adds, for the sources.
 */
import { strToU8, zipSync } from 'fflate';
import type { StudioDraft } from './model';
import { newPlaces, recordsOf, textPath, type ContentModel } from './records';

/** Where new places' points go: append its features to the sources' `places/cities.geojson`. */
export const NEW_CITIES_FILE = 'geodata-sources/places/cities.additions.geojson';

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

/** Path (relative to `geodata/`) → text of every content-model file the story changes or adds. */
export function geodataFiles(draft: StudioDraft, model: ContentModel): Record<string, string> {
	const { story, statements, places, sources } = recordsOf(draft, model);
	const id = story.id;
	return {
		'stories.json': json([...model.stories.filter((s) => s.id !== id), story]),
		'statements.json': json([...model.statements.filter((s) => s.article !== id), ...statements]),
		'places.json': json([...model.places, ...places]),
		'sources.json': json(sources),
		[textPath(id)]: draft.text.endsWith('\n') ? draft.text : `${draft.text}\n`
	};
}

/** The new places as GeoJSON points, in the shape of the sources' `places/cities.geojson`. */
function newCities(draft: StudioDraft, model: ContentModel) {
	return {
		type: 'FeatureCollection',
		features: newPlaces(draft.places, model).map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: {
				name_en: p.name,
				name_local: p.name_uk,
				country: p.country,
				geonames_id: p.geonames_id === null ? null : String(p.geonames_id),
				coord_source: 'Frontline Explorer studio (reviewed by an editor)'
			}
		}))
	};
}

/** The bundle: `geodata/<file>` for each content-model file and the new places' points. */
export function bundleZip(draft: StudioDraft, model: ContentModel): Uint8Array {
	const entries: Record<string, Uint8Array> = {};
	for (const [path, text] of Object.entries(geodataFiles(draft, model)))
		entries[`geodata/${path}`] = strToU8(text);
	entries[NEW_CITIES_FILE] = strToU8(json(newCities(draft, model)));
	return zipSync(entries, { level: 6 });
}
