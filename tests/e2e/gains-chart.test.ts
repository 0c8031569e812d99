import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { expectClean, useBrowser } from './support/browser';

const browser = useBrowser();

// The chart and its table must say the same thing, and so must the CSV a researcher downloads.
it('lists in its table, and in its CSV, the same weekly km² as the chart draws', async () => {
	const tracked = await browser.open('/?view=compare');
	const { page } = tracked;
	const chart = page.getByTestId('gains-chart');
	await chart.locator('circle').first().waitFor();
	const drawn = await chart
		.locator('circle')
		.evaluateAll((circles) =>
			circles.map((c) => [c.dataset.axis, c.dataset.date, c.dataset.km2].join(' '))
		);
	expect(drawn).toHaveLength(32);
	await chart.getByText('The numbers as a table').click();
	const listed = await chart
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.flatMap((row) =>
				[...row.querySelectorAll('td')].map(
					(td) =>
						`${td.dataset.axis} ${(row as HTMLElement).dataset.date} ${td.textContent!.replace(' km²', '').replace(',', '')}`
				)
			)
		);
	expect([...listed].sort()).toEqual([...drawn].sort());
	// The first week: 134.79 km² within 75 km of Kharkiv, 9.17 km² within 40 km of Pokrovsk.
	expect(drawn).toContain('kharkiv 2024-05-16 134.8');
	expect(drawn).toContain('pokrovsk 2024-05-16 9.2');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		chart.getByRole('button', { name: 'Download the numbers (CSV)' }).click()
	]);
	const csv = readFileSync((await file.path())!, 'utf8')
		.trim()
		.split('\r\n');
	expect(csv[0]).toBe('"from","to","Kharkiv axis km2","Pokrovsk axis km2"');
	const fromCsv = csv.slice(1).flatMap((line) => {
		const [, to, kharkiv, pokrovsk] = line.split(',').map((cell) => cell.replaceAll('"', ''));
		return [`kharkiv ${to} ${kharkiv}`, `pokrovsk ${to} ${pokrovsk}`];
	});
	expect(fromCsv.sort()).toEqual([...drawn].sort());
	expectClean(tracked);
});
