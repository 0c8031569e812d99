import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGeodata } from '$lib/data/validate';
import { readTree } from '../../../scripts/lib/read-tree';

const valid = readTree(join(import.meta.dirname, '../../fixtures/geodata/valid'));
type Json = Record<string, unknown>;
const stories = () => JSON.parse(valid['stories.json']!) as Json[];
const withStories = (list: Json[]) => ({ ...valid, 'stories.json': JSON.stringify(list) });
const axis = (over: Json = {}): Json => ({
	id: 'kharkiv',
	name: { en: 'Kharkiv axis', uk: 'Харківський напрямок' },
	main_city: 'kharkiv',
	oblast: 'kharkiv-oblast',
	places: ['kharkiv', 'kharkiv-oblast'],
	...over
});

describe('validateGeodata on broken stories', () => {
	// Two stories with one id would make statements ambiguous.
	it('reports a duplicate story id', () => {
		const [story] = stories();
		expect(validateGeodata(withStories([story!, story!]))).toEqual([
			'stories.json: test-article: id: duplicate id (also in stories.json)'
		]);
	});

	// An axis member that does not exist cannot be highlighted or counted.
	it('reports an unknown axis member, main city and oblast', () => {
		const [story] = stories();
		const broken = {
			...story,
			axes: [axis({ main_city: 'lozova', oblast: 'x-oblast', places: ['kharkiv', 'nowhere'] })]
		};
		expect(validateGeodata(withStories([broken]))).toEqual([
			'stories.json: test-article: axes[0].main_city: unknown place id "lozova"',
			'stories.json: test-article: axes[0].oblast: unknown place id "x-oblast"',
			'stories.json: test-article: axes[0].places[1]: unknown place id "nowhere"'
		]);
	});

	// A story's snapshots and its gains' start must be in snapshots.json.
	it('reports an unknown snapshot', () => {
		const [story] = stories();
		const broken = { ...story, snapshots: ['2024-05-09', '2030-01-01'], gains_since: '1999-01-01' };
		expect(validateGeodata(withStories([broken]))).toEqual([
			'stories.json: test-article: gains_since: unknown snapshot id "1999-01-01"',
			'stories.json: test-article: snapshots[1]: unknown snapshot id "2030-01-01"'
		]);
	});

	// The schema caps a story at three axes.
	it('reports a fourth axis', () => {
		const [story] = stories();
		const broken = { ...story, axes: ['a', 'b', 'c', 'd'].map((id) => axis({ id })) };
		expect(validateGeodata(withStories([broken]))).toEqual([
			'stories.json: test-article: axes: at most three axes'
		]);
	});

	// A statement's quote is checked against its own story's text, not any story's.
	it('reports a quote that is only in another story', () => {
		const [story] = stories();
		const other = { ...story, id: 'other-story', text: 'articles/other-story.txt' };
		const statements = JSON.parse(valid['statements.json']!) as Json[];
		statements[0] = { ...statements[0], article: 'other-story' };
		const files: Record<string, string> = {
			...withStories([story!, other]),
			'articles/other-story.txt': 'Nothing quoted here.',
			'statements.json': JSON.stringify(statements)
		};
		const sources = JSON.parse(valid['sources.json']!) as { id: string; files: string[] }[];
		sources.find((s) => s.id === 'business-insider')!.files.push('articles/other-story.txt');
		sources.find((s) => s.id === 'deepstate')!.files.push('gains/other-story.geojson');
		files['sources.json'] = JSON.stringify(sources);
		files['gains/other-story.geojson'] = valid['gains/test-article.geojson']!;
		expect(validateGeodata(files)).toEqual([
			`statements.json: ${String(statements[0]!.id)}: quote: not found verbatim in articles/other-story.txt`
		]);
	});

	// The site's default story must exist, or the app has nothing to open on.
	it('reports an unknown default story in site.json', () => {
		const site = { ...(JSON.parse(valid['site.json']!) as Json), default_story: 'missing' };
		expect(validateGeodata({ ...valid, 'site.json': JSON.stringify(site) })).toEqual([
			'site.json: (file): default_story: unknown story id "missing"'
		]);
	});
});
