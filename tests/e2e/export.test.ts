import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectClean, useBrowser, waitForMapIdle } from './support/browser';

const browser = useBrowser();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Opens the Download section, clicks one of its buttons and returns the file it saves. */
async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
	await page.getByText('Download', { exact: true }).click();
	const section = page.getByTestId('download');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('button', { name }).click()
	]);
	expect(await file.failure()).toBeNull();
	return { file, bytes: await readFile((await file.path())!) };
}

// A reader sharing the map as an image must get a real picture of the view, not a blank canvas.
it('downloads the current view as a PNG with the legend and credits burned in', async () => {
	const tracked = await browser.open('/#map=7/49.2/36.9');
	await waitForMapIdle(tracked.page);
	const { file, bytes } = await download(tracked.page, 'Map image (PNG)');
	expect(file.suggestedFilename()).toBe('frontline-explorer-map.png');
	expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	expect(bytes.length).toBeGreaterThan(50_000);
	// The image is taller than the map: the title and credits sit above and below it.
	const map = (await tracked.page.getByTestId('map').boundingBox())!;
	const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
	expect(width).toBe(Math.round(map.width));
	expect(height).toBeGreaterThan(Math.round(map.height));
	expectClean(tracked);
});

// Researchers take the statements into GIS; the file must parse and carry the quotes.
it('downloads places and statements as GeoJSON that parses and has the quotes', async () => {
	const tracked = await browser.open('/');
	const { file, bytes } = await download(tracked.page, 'Places and statements (GeoJSON)');
	expect(file.suggestedFilename()).toBe('frontline-explorer-places.geojson');
	const collection = JSON.parse(bytes.toString('utf8')) as {
		type: string;
		features: { properties: { id: string }; geometry: { type: string } }[];
		sources: { attribution: string }[];
	};
	expect(collection.type).toBe('FeatureCollection');
	expect(collection.features.map((f) => f.properties.id)).toContain('pokrovsk');
	// Regions come as their outlines, not as a centre point standing in for them.
	const oblast = collection.features.find((f) => f.properties.id === 'kharkiv-oblast');
	expect(oblast?.geometry.type).toMatch(/^(Multi)?Polygon$/);
	expect(bytes.toString('utf8')).toContain('throwing everything they have');
	expect(collection.sources.map((s) => s.attribution)).toContain('© DeepStateMap.live');
	expectClean(tracked);
});

// Spreadsheet users need a CSV that Excel opens right: BOM, header, quoted fields, only data rows.
it('downloads the statements as CSV with a BOM, the header and quoted rows only', async () => {
	const tracked = await browser.open('/');
	const { file, bytes } = await download(tracked.page, 'Statements (CSV)');
	expect(file.suggestedFilename()).toBe('frontline-explorer-statements.csv');
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).split('\r\n');
	expect(lines[0]).toBe(
		'statement_id,place_id,place_name_en,place_name_uk,quote,wording,speaker,role,said_on,said_on_note,via,kind,article_title,outlet'
	);
	// No quote in the article contains `"`, so check a row whose quote and title need quoting for commas.
	expect(lines).toContain(
		'zelenskyy-sloviansk-not-excluded,sloviansk,Sloviansk,Словʼянськ,' +
			'"Their primary focus is no longer the entire east, though Sloviansk is not excluded",' +
			'speaker,Volodymyr Zelenskyy,President of Ukraine,2024-07-31,' +
			'"The article says “on Wednesday”: Wednesday 31 July 2024, the day Zelenskyy’s interview with French media was published; it was recorded on 30 July (the Kyiv Independent: “told French media on July 30”, “published on July 31”; see stories.json).",' +
			'translation by Ukrainian outlet Pravda,claim,' +
			'"Zelenskyy says Russia is giving up on Kharkiv, months after Moscow tried to blow open the war\'s northeastern front",' +
			'Business Insider'
	);
	expect(lines.some((l) => l.includes('# Sources'))).toBe(false);
	expectClean(tracked);
});

// The CSV's credits travel in their own file, so a spreadsheet import gets only statement rows.
it('downloads the CSV’s credits as a text file beside it', async () => {
	const tracked = await browser.open('/');
	const { file, bytes } = await download(tracked.page, 'Sources for the CSV (TXT)');
	expect(file.suggestedFilename()).toBe('frontline-explorer-statements-sources.txt');
	const text = bytes.toString('utf8');
	expect(text.startsWith('Sources for frontline-explorer-statements.csv')).toBe(true);
	expect(text).toContain('DeepStateMap.live License Agreement');
	expectClean(tracked);
});
