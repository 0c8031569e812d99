/**
 * `npm run bench:ingest`: the ingest engine against the gold set (tests/fixtures/ingest/gold), then its
 * speed on a 1,000-word article with the gazetteer load included, and the process's peak RSS. A report:
 * it always exits 0 and prints each figure with its counts against its goal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGazetteer } from '../src/lib/ingest/gazetteer.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import { ensureGazetteer } from '../scripts/ingest-gazetteer.ts';
import { f1, score, total, type Count, type Detection, type Gold } from './ingest-score.ts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/ingest/', import.meta.url));
const pct = (n: number) => n.toFixed(2);

function line(label: string, value: number, counts: string, goal: number | null) {
	const verdict =
		goal === null
			? ''
			: value >= goal
				? `  goal ≥ ${goal.toFixed(2)}  met`
				: `  goal ≥ ${goal.toFixed(2)}  MISSED`;
	console.log(`${label.padEnd(40)} ${pct(value).padStart(5)}  (${counts})${verdict}`);
}
function detection(label: string, d: Detection, goal: number | null) {
	const { precision, recall, f1: f } = f1(d);
	line(`${label} precision`, precision, `${d.predictedRight}/${d.predicted}`, null);
	line(`${label} recall`, recall, `${d.tp}/${d.gold}`, null);
	line(`${label} F1`, f, `P ${pct(precision)} R ${pct(recall)}`, goal);
}
function accuracy(label: string, c: Count, goal: number | null) {
	line(label, c.total === 0 ? 0 : c.hits / c.total, `${c.hits}/${c.total}`, goal);
}

const gazetteerPath = await ensureGazetteer();
const loadStart = performance.now();
const gazetteerText = readFileSync(gazetteerPath, 'utf8');
const gazetteer = parseGazetteer(gazetteerText);
const loadMs = performance.now() - loadStart;

const golds: Gold[] = readdirSync(`${FIXTURES}gold`)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(`${FIXTURES}gold/${f}`, 'utf8')));
const texts = golds.map((g) => readFileSync(`${FIXTURES}${g.article}`, 'utf8'));
const scores = golds.map((gold, i) => {
	const draft = ingest(
		texts[i]!,
		{ published: gold.published, title: null, outlet: gold.source.outlet, url: null },
		gazetteer
	);
	return score(draft, gold);
});
const all = total(scores);

console.log(`Ingest gold set: ${golds.length} articles (tests/fixtures/ingest/gold)\n`);
detection('direct quotes, exact span,', all.quotesExact, 0.9);
detection('direct quotes, ≥ 50 % overlap,', all.quotesOverlap, 0.9);
accuracy('speaker accuracy', all.speaker, 0.9);
accuracy('date accuracy', all.date, null);
accuracy('via accuracy', all.via, null);
detection('places', all.places, 0.85);
accuracy('resolution, exact id', all.resolutionExact, 0.9);
accuracy('resolution, within 161 km', all.resolution161km, 0.9);

const words = texts.join('\n\n').split(/\s+/);
const article = words.slice(0, 1000).join(' ');
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
	const start = performance.now();
	ingest(article, { published: '2024-08-01', title: null, outlet: null, url: null }, gazetteer);
	runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const median = runs[2]!;
console.log(
	`\ngazetteer: ${(Buffer.byteLength(gazetteerText) / 1e6).toFixed(1)} MB, ${gazetteer.entries.length} entries, load + index ${loadMs.toFixed(0)} ms`
);
console.log(
	`1,000-word article: ingest median ${median.toFixed(0)} ms (runs ${runs.map((r) => r.toFixed(0)).join(', ')} ms)`
);
const withLoad = (loadMs + median) / 1000;
console.log(
	`1,000-word article with gazetteer load: ${withLoad.toFixed(2)} s  goal ≤ 2 s  ${withLoad <= 2 ? 'met' : 'MISSED'}`
);
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS: ${rssMb.toFixed(0)} MB  goal ≤ 500 MB  ${rssMb <= 500 ? 'met' : 'MISSED'}`);
