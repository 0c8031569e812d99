/**
 * Time to map idle for a page opened on a place, against the same page without one:
 * `/?place=pokrovsk` ÷ `/`, and `/embed/?place=pokrovsk` ÷ `/embed/`. A view taken from the URL
 * starts there, so the ratio shows whether the map still flies to the place after loading.
 */
import type { Browser } from 'playwright-core';
import { atMapIdle, recordAppIdle } from './browser';
import { medianMetric, perRoundRatios, type Metric } from './report';
import type { BenchServer } from './server';

/**
 * Pairs per route. On a quiet machine one pair's ratio ranged 0.92–1.32, and the median of 5 pairs
 * ranged 1.14–1.20 over four runs of one build; the medians of 9 are steadier.
 */
const ROUNDS = 9;
const PLACE = 'pokrovsk';

/** ms from navigation to the app's map idle, for `path` opened in a fresh page. */
export async function timeToIdle(browser: Browser, origin: string, path: string): Promise<number> {
	return atMapIdle(browser, origin, path, { initScripts: [recordAppIdle] }, async (page, ms) => {
		return ms;
	});
}

async function ratioFor(browser: Browser, origin: string, route: '/' | '/embed/'): Promise<Metric> {
	const placePath = `${route}?place=${PLACE}`;
	await timeToIdle(browser, origin, placePath);
	const places: number[] = [];
	const plains: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const pair = [
			async () => places.push(await timeToIdle(browser, origin, placePath)),
			async () => plains.push(await timeToIdle(browser, origin, route))
		];
		for (const run of i % 2 === 0 ? pair : pair.reverse()) await run();
	}
	return medianMetric(
		{
			id: route === '/' ? 'place-load.ratio' : 'place-load.embed-ratio',
			label: `Time to map idle, ${placePath} ÷ ${route}`,
			unit: '×',
			budget: 1.1,
			note: `${ROUNDS} pairs, order swapped each pair; ${placePath} ms ${places.map(Math.round).join(' ')}; ${route} ms ${plains.map(Math.round).join(' ')}`
		},
		perRoundRatios(places, plains),
		2
	);
}

export async function measurePlaceLoad(browser: Browser, server: BenchServer): Promise<Metric[]> {
	return [
		await ratioFor(browser, server.origin, '/'),
		await ratioFor(browser, server.origin, '/embed/')
	];
}
