/**
 * Cross-file checks of the content model: each story's source, axes (members, main city, oblast)
 * and snapshots exist, snapshot and place-record ids are unique, and the site's default story
 * exists. One line per problem: `file: record: field: problem`.
 */
import { errorLine, FILE, isObject, recordId } from './format';
import { objects } from './records';

export interface ModelIds {
	/** Ids of places and regions in the GeoJSON layers. */
	places: ReadonlySet<string>;
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
		strings(record.axes).forEach((axis, a) => {
			if (!isObject(axis)) return;
			expect(ids.places, axis.main_city, `axes[${a}].main_city`, 'place');
			expect(ids.places, axis.oblast, `axes[${a}].oblast`, 'place');
			strings(axis.places).forEach((p, i) =>
				expect(ids.places, p, `axes[${a}].places[${i}]`, 'place')
			);
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
