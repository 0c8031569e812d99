/**
 * Scale in Node, on the synthetic dataset of `synthetic.ts` (1,000 places, 10,000 statements):
 * - the full distance matrix with `distanceMatrixKm` from `$lib/geo`;
 * - the statements-by-place index the catalog builds, plus the `until` filter the place panel runs
 *   for one place (both from `src/lib/data/statements.ts`).
 */
import { distanceMatrixKm } from '../src/lib/geo/index';
import { indexStatements, saidUntil } from '../src/lib/data/statements';
import { medianMetric, type Metric } from './report';
import { PLACES, syntheticPlaces, syntheticStatements } from './synthetic';

const RUNS = 7;

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
	const counts = [...indexStatements(ids, statements).byPlace].map(([id, list]) => ({
		id,
		n: list.length
	}));
	const busiest = counts.reduce((a, b) => (b.n > a.n ? b : a)).id;
	const lookupRuns: number[] = [];
	let shown = 0;
	for (let i = 0; i < RUNS; i++) {
		lookupRuns.push(
			time(() => {
				const { byPlace } = indexStatements(ids, statements);
				shown = saidUntil(byPlace.get(busiest) ?? [], '2024-06-30').length;
			})
		);
	}
	const coldNote = 'first run is cold (JIT warm-up), median over all runs';
	return [
		medianMetric(
			{
				id: 'scale.distance-matrix',
				label: 'distanceMatrixKm, 1,000 places',
				unit: 'ms',
				budget: 200,
				note: `${RUNS} runs in Node ${process.version}; ${coldNote}`
			},
			matrixRuns,
			1
		),
		medianMetric(
			{
				id: 'scale.index-lookup',
				label: 'Index + lookup, 10,000 statements',
				unit: 'ms',
				note: `sort + statements-by-place index + one panel's until-filter (${shown} shown); ${coldNote}`
			},
			lookupRuns,
			1
		)
	];
}
