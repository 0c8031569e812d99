/**
 * The weekly gains computed from geodata/'s weekly snapshots by `regionParts` and `regionTotalsKm2` match the
 * reference table computed outside the project (tests/fixtures/weekly/gains_by_oblast.csv, with the
 * Natural Earth oblasts it was computed against copied beside it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AreaCollection } from '$lib/geo';
import { regionParts, regionTotalsKm2, type IdRegion } from '$lib/geo/weekly-gains';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const weekly = (date: string) => read<AreaCollection>(`geodata/frontline/weekly/${date}.geojson`);
const oblasts = read<{ features: IdRegion[] }>(
	'tests/fixtures/weekly/ne_admin1_ua_ru.geojson'
).features;

interface ReferenceRow {
	from: string;
	to: string;
	oblast: string;
	gained: number;
	lost: number;
}

const reference: ReferenceRow[] = readFileSync('tests/fixtures/weekly/gains_by_oblast.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [from, to, oblast, , gained, lost] = line.split(',');
		return { from: from!, to: to!, oblast: oblast!, gained: Number(gained), lost: Number(lost) };
	});

const pairs = [...new Map(reference.map((r) => [`${r.from}/${r.to}`, [r.from, r.to]])).values()];

/** Within 2 % of the reference, or 1 km², whichever is larger. */
function expectClose(computed: number, expected: number) {
	expect(Math.abs(computed - expected)).toBeLessThanOrEqual(Math.max(1, expected * 0.02));
}

describe('regionTotalsKm2 over the weekly series', () => {
	it('has the 16 consecutive weeks of the reference table', () => {
		expect(pairs).toHaveLength(16);
	});

	it.each(pairs)('matches the reference for Kharkiv and Donetsk oblasts, %s → %s', (from, to) => {
		const changes = regionTotalsKm2(regionParts(weekly(from!), weekly(to!), oblasts), [
			'UA-63',
			'UA-14'
		]);
		for (const oblast of ['UA-63', 'UA-14']) {
			const row = reference.find((r) => r.from === from && r.to === to && r.oblast === oblast)!;
			expectClose(changes[oblast]!.gainedKm2, row.gained);
			expectClose(changes[oblast]!.lostKm2, row.lost);
		}
	});
});
