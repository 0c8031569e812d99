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
			'stories.json: test-article: axes[0].main_city: unknown city id "lozova"',
			'stories.json: test-article: axes[0].oblast: unknown oblast id "x-oblast"',
			'stories.json: test-article: axes[0].places[1]: unknown place id "nowhere"'
		]);
	});

	// The front's distance is measured to a city and the gains inside an oblast: swapping them is an error.
	it('reports an oblast as main city and a city as oblast', () => {
		const [story] = stories();
		const broken = { ...story, axes: [axis({ main_city: 'kharkiv-oblast', oblast: 'kharkiv' })] };
		expect(validateGeodata(withStories([broken]))).toEqual([
			'stories.json: test-article: axes[0].main_city: unknown city id "kharkiv-oblast"',
			'stories.json: test-article: axes[0].oblast: unknown oblast id "kharkiv"'
		]);
	});

	// The compare view keys its columns by axis id: two axes with one id would merge.
	it('reports two axes of one story with the same id', () => {
		const [story] = stories();
		const broken = { ...story, axes: [axis(), axis({ name: { en: 'Again', uk: 'Знову' } })] };
		expect(validateGeodata(withStories([broken]))).toEqual([
			'stories.json: test-article: axes[1].id: duplicate axis id "kharkiv"'
		]);
	});

	// A story's credit and text must exist, or the panel and the exports cannot name it.
	it('reports an unknown source and a missing text file', () => {
		const [story] = stories();
		const broken = { ...story, source: 'nobody' };
		const files: Record<string, string> = { ...withStories([broken]) };
		delete files['articles/test-article.txt'];
		expect(validateGeodata(files)).toEqual([
			'stories.json: test-article: text: file not found "articles/test-article.txt"',
			'stories.json: test-article: source: unknown source id "nobody"',
			'sources.json: business-insider: files[0]: no such file "articles/test-article.txt"'
		]);
	});

	// A statement must belong to a story, whose title and text the panel shows.
	it('reports a statement of an unknown story', () => {
		const statements = JSON.parse(valid['statements.json']!) as Json[];
		statements[0] = { ...statements[0], article: 'no-such-story' };
		const files = { ...valid, 'statements.json': JSON.stringify(statements) };
		expect(validateGeodata(files)).toEqual([
			`statements.json: ${String(statements[0]!.id)}: article: unknown story id "no-such-story"`
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

	// A place removed from places.json must leave the map once npm run data has run.
	it('reports a point whose place record is gone', () => {
		const places = JSON.parse(valid['places.json']!) as Json[];
		const files = { ...valid, 'places.json': JSON.stringify([places[1]]) };
		expect(validateGeodata(files)).toEqual([
			'places.geojson: kharkiv: id: no record in places.json (run npm run data)'
		]);
	});

	// An error must stay on one line even when the data it quotes holds a line break.
	it('writes every error as one line of file, record, field and problem', () => {
		const [story] = stories();
		const broken = {
			...story,
			id: 'two\nlines',
			source: 'no\nsource',
			axes: [axis({ oblast: 'a\rb' })]
		};
		const errors = validateGeodata(withStories([broken]));
		expect(errors).toContain('stories.json: two\\nlines: source: unknown source id "no\\nsource"');
		expect(errors.length).toBeGreaterThan(3);
		for (const line of errors) expect(line).toMatch(/^[^:\n\r]+: [^\n\r]+: [^\n\r]+: [^\n\r]+$/);
	});

	// The site's default story must exist, or the app has nothing to open on.
	it('reports an unknown default story in site.json', () => {
		const site = { ...(JSON.parse(valid['site.json']!) as Json), default_story: 'missing' };
		expect(validateGeodata({ ...valid, 'site.json': JSON.stringify(site) })).toEqual([
			'site.json: (file): default_story: unknown story id "missing"'
		]);
	});
});
