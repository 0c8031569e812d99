/**
 * Scale in Node, on the synthetic dataset of `synthetic.ts` (1,000 places, 10,000 statements):
 * - the full distance matrix with `distanceMatrixKm` from `$lib/geo`;
 * - the statements-by-place index (as `src/lib/data/catalog.ts` builds it) plus the lookup and
 *   `until` filter `PlacePanel.svelte` runs for one place.
 */
import { distanceMatrixKm } from '../src/lib/geo/index';
import type { DateOrRange, Statement } from '../src/lib/data/schema';
import { median, metric, round, type Metric } from './report';
import { PLACES, syntheticPlaces, syntheticStatements } from './synthetic';

const RUNS = 7;

const startOf = (date: DateOrRange) => (typeof date === 'string' ? date : date.from);

/** The index `catalog.ts` builds: statements per place, oldest first. */
export function indexStatements(
	placeIds: string[],
	statements: Statement[]
): Map<string, Statement[]> {
	const sorted = statements
		.slice()
		.sort((a, b) => startOf(a.said_on).localeCompare(startOf(b.said_on)));
	const byPlace = new Map<string, Statement[]>(placeIds.map((id) => [id, []]));
	for (const statement of sorted) {
		for (const placeId of statement.places) byPlace.get(placeId)?.push(statement);
	}
	return byPlace;
}

/** What `PlacePanel.svelte` derives for one place: its statements said on or before `until`. */
export function panelStatements(
	index: Map<string, Statement[]>,
	placeId: string,
	until: string | null
): Statement[] {
	return (index.get(placeId) ?? []).filter((s) => until === null || startOf(s.said_on) <= until);
}

function time(run: () => unknown): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

export function measureScale(): Metric[] {
	const places = syntheticPlaces();
	const statements = syntheticStatements(places);
	const ids = places.map((p) => p.id);

	const matrixRuns: number[] = [];
	let size = 0;
	for (let i = 0; i < RUNS; i++) {
		matrixRuns.push(
			time(() => {
				size = distanceMatrixKm(places).size;
			})
		);
	}
	if (size !== PLACES) throw new Error(`distance matrix has ${size} rows, expected ${PLACES}`);

	// The place with the most statements: the heaviest panel to fill.
	const counts = [...indexStatements(ids, statements)].map(([id, list]) => ({
		id,
		n: list.length
	}));
	const busiest = counts.reduce((a, b) => (b.n > a.n ? b : a)).id;
	const lookupRuns: number[] = [];
	let shown = 0;
	for (let i = 0; i < RUNS; i++) {
		lookupRuns.push(
			time(() => {
				shown = panelStatements(indexStatements(ids, statements), busiest, '2024-06-30').length;
			})
		);
	}
	const coldNote = 'first run is cold (JIT warm-up), median over all runs';
	return [
		metric({
			id: 'scale.distance-matrix',
			label: 'distanceMatrixKm, 1,000 places',
			value: round(median(matrixRuns), 1),
			unit: 'ms',
			budget: 200,
			raw: matrixRuns.map((ms) => round(ms, 1)),
			note: `${RUNS} runs in Node ${process.version}; ${coldNote}`
		}),
		metric({
			id: 'scale.index-lookup',
			label: 'Index + lookup, 10,000 statements',
			value: round(median(lookupRuns), 1),
			unit: 'ms',
			raw: lookupRuns.map((ms) => round(ms, 1)),
			note: `sort + statements-by-place index + one panel's until-filter (${shown} shown); ${coldNote}`
		})
	];
}
