/**
 * Cross-file checks of the content model: each story's source, axes (members, main city, oblast,
 * an id of its own) and snapshots exist, every place record has its derived point, and the site's
 * default story exists. One line per problem: `file: record: field: problem`.
 */
import { errorLine, FILE, isObject, recordId } from './format';
import { objects } from './records';

export interface ModelIds {
	/** Ids of the city points in `places.geojson`. */
	cities: ReadonlySet<string>;
	/** Ids of the oblasts in `regions.geojson`. */
	regions: ReadonlySet<string>;
	snapshots: ReadonlySet<string>;
	sources: ReadonlySet<string>;
}

const strings = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Every reference a story makes resolves. */
export function checkStoryReferences(file: string, stories: unknown, ids: ModelIds): string[] {
	return objects(stories).flatMap(({ record, index }) => {
		const id = recordId(record, index);
		const errors: string[] = [];
		const expect = (set: ReadonlySet<string>, value: unknown, field: string, what: string) => {
			if (typeof value === 'string' && !set.has(value)) {
				errors.push(errorLine(file, id, field, `unknown ${what} id "${value}"`));
			}
		};
		expect(ids.sources, record.source, 'source', 'source');
		expect(ids.snapshots, record.gains_since, 'gains_since', 'snapshot');
		strings(record.snapshots).forEach((s, i) =>
			expect(ids.snapshots, s, `snapshots[${i}]`, 'snapshot')
		);
		const places = new Set([...ids.cities, ...ids.regions]);
		const axisIds = new Set<unknown>();
		strings(record.axes).forEach((axis, a) => {
			if (!isObject(axis)) return;
			if (axisIds.has(axis.id)) {
				errors.push(errorLine(file, id, `axes[${a}].id`, `duplicate axis id "${String(axis.id)}"`));
			}
			axisIds.add(axis.id);
			expect(ids.cities, axis.main_city, `axes[${a}].main_city`, 'city');
			expect(ids.regions, axis.oblast, `axes[${a}].oblast`, 'oblast');
			strings(axis.places).forEach((p, i) => expect(places, p, `axes[${a}].places[${i}]`, 'place'));
		});
		return errors;
	});
}

/** The site's default story exists. */
export function checkSite(file: string, site: unknown, storyIds: ReadonlySet<string>): string[] {
	if (!isObject(site) || typeof site.default_story !== 'string') return [];
	return storyIds.has(site.default_story)
		? []
		: [errorLine(file, FILE, 'default_story', `unknown story id "${site.default_story}"`)];
}

/** Each snapshot's file is in the tree. */
export function checkSnapshotFiles(
	file: string,
	snapshots: unknown,
	files: Readonly<Record<string, string>>
): string[] {
	return objects(snapshots).flatMap(({ record, index }) =>
		typeof record.file === 'string' && !(record.file in files)
			? [errorLine(file, recordId(record, index), 'file', `file not found "${record.file}"`)]
			: []
	);
}

/**
 * Each point of `places.geojson` has its record in `places.json` (a removed place leaves no stale
 * point). A record without its point yet is the state between adding a place and `npm run data`;
 * statements and axes that name it are reported as unknown places until then.
 */
export function checkPlaceRecords(
	file: string,
	records: unknown,
	derived: { file: string; ids: readonly string[] }
): string[] {
	const recordIds = new Set(objects(records).map(({ record, index }) => recordId(record, index)));
	return derived.ids
		.filter((id) => !recordIds.has(id))
		.map((id) => errorLine(derived.file, id, 'id', `no record in ${file} (run npm run data)`));
}
