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
async function timeToIdle(browser: Browser, origin: string, path: string): Promise<number> {
	return atMapIdle(browser, origin, path, { initScripts: [recordAppIdle] }, async (page, ms) => {
		return ms;
	});
}

/** Each origin's times to idle of the place page and the plain one, round by round. */
export interface PlaceLoadRuns {
	places: number[];
	plains: number[];
}

/**
 * Times to idle of `placePath` and `route` on each origin, side by side: every round loads each
 * origin's two pages in turn, the order swapped each round, after one discarded warm-up round.
 */
export async function placeLoadRounds(
	browser: Browser,
	origins: readonly string[],
	placePath: string,
	route: string,
	rounds: number
): Promise<PlaceLoadRuns[]> {
	const runs = origins.map(() => ({ places: [] as number[], plains: [] as number[] }));
	for (let round = -1; round < rounds; round++) {
		for (const [i, origin] of origins.entries()) {
			const pages = round % 2 === 0 ? [placePath, route] : [route, placePath];
			for (const page of pages) {
				const ms = await timeToIdle(browser, origin, page);
				if (round >= 0) runs[i]![page === placePath ? 'places' : 'plains'].push(ms);
			}
		}
	}
	return runs;
}

async function ratioFor(browser: Browser, origin: string, route: '/' | '/embed/'): Promise<Metric> {
	const placePath = `${route}?place=${PLACE}`;
	const [runs] = await placeLoadRounds(browser, [origin], placePath, route, ROUNDS);
	const { places, plains } = runs!;
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
