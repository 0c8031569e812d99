/**
 * The bench's shared vocabulary: one `Metric` per number, small statistics helpers, and the
 * table printed at the end of `npm run bench`.
 */

/** One measured number with its budget. `pass` is null when there is no budget or no value. */
export interface Metric {
	id: string;
	label: string;
	/** null when the measurement could not be taken (see `raw` for why). */
	value: number | null;
	unit: string;
	/** Upper bound for `value`, in `unit`; null for figures reported without a budget. */
	budget: number | null;
	pass: boolean | null;
	/** The individual runs or items behind `value`, in measurement order. */
	raw: unknown;
	/** What exactly was measured, when the label alone could mislead. */
	note?: string;
}

/** Builds a metric and decides `pass` from the budget (`value <= budget`). */
export function metric(
	fields: Omit<Metric, 'pass' | 'budget'> & { budget?: number | null }
): Metric {
	const budget = fields.budget ?? null;
	const pass = budget === null || fields.value === null ? null : fields.value <= budget;
	return { ...fields, budget, pass };
}

/** Each round's `numerators[i] ÷ denominators[i]`, for pages loaded side by side in one round. */
export function perRoundRatios(
	numerators: readonly number[],
	denominators: readonly number[]
): number[] {
	return numerators.map((value, i) => value / (denominators[i] as number));
}

type SummaryFields = Omit<Metric, 'pass' | 'budget' | 'value' | 'raw'> & { budget?: number | null };

/**
 * A metric whose value is the `q` quantile of `runs` (0.95 for a p95), with every run as its raw
 * data; both rounded to `digits` decimals.
 */
export function quantileMetric(
	fields: SummaryFields,
	runs: readonly number[],
	q: number,
	digits = 1
): Metric {
	return metric({
		...fields,
		value: round(quantile(runs, q), digits),
		raw: runs.map((run) => round(run, digits))
	});
}

/** A {@link quantileMetric} of the median. */
export function medianMetric(
	fields: SummaryFields,
	runs: readonly number[],
	digits: number
): Metric {
	return quantileMetric(fields, runs, 0.5, digits);
}

/** A metric for a measurement that threw: no value, the error as its raw data. */
export function failed(id: string, label: string, unit: string, error: unknown): Metric {
	const message = error instanceof Error ? error.message : String(error);
	return { id, label, value: null, unit, budget: null, pass: null, raw: { error: message } };
}

/** Median of a non-empty list (mean of the middle two for even lengths); NaN when empty. */
export function median(values: readonly number[]): number {
	return quantile(values, 0.5);
}

/**
 * Quantile by linear interpolation between closest ranks (the R-7 / NumPy default).
 * @param q 0…1, e.g. 0.95 for p95
 */
export function quantile(values: readonly number[], q: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const position = (sorted.length - 1) * q;
	const lower = Math.floor(position);
	const upper = Math.ceil(position);
	const low = sorted[lower] as number;
	const high = sorted[upper] as number;
	return low + (high - low) * (position - lower);
}

/** Rounds to `digits` decimals, for raw numbers that are only noise past that. */
export function round(value: number, digits = 1): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/** Bytes to kB (1 kB = 1,000 bytes, as budgets are written). */
export function kB(bytes: number): number {
	return round(bytes / 1000, 2);
}

function formatValue(value: number | null, unit: string): string {
	if (value === null) return 'ERROR';
	const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 2;
	return `${value.toFixed(digits)} ${unit}`.trim();
}

function formatBudget(m: Metric): string {
	return m.budget === null ? '—' : `≤ ${formatValue(m.budget, m.unit)}`;
}

function formatPass(m: Metric): string {
	if (m.value === null) return 'ERROR';
	if (m.pass === null) return 'info';
	return m.pass ? 'pass' : 'MISSED';
}

function compactRaw(raw: unknown, width: number): string {
	const text = Array.isArray(raw) && raw.every((x) => typeof x === 'number') ? raw.join(' ') : '…';
	return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** The results table, then every metric's raw data in full. */
export function formatTable(metrics: readonly Metric[]): string {
	const rows = metrics.map((m) => [
		m.label,
		formatValue(m.value, m.unit),
		formatBudget(m),
		formatPass(m),
		compactRaw(m.raw, 48)
	]);
	const header = ['metric', 'value', 'budget', 'result', 'raw runs'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
	out.push('', 'Raw data:');
	for (const m of metrics) {
		out.push(`- ${m.id}${m.note ? ` (${m.note})` : ''}: ${JSON.stringify(m.raw)}`);
	}
	const missed = metrics.filter((m) => m.pass === false);
	const errors = metrics.filter((m) => m.value === null);
	out.push('');
	if (missed.length > 0) {
		out.push(`MISSED ${missed.length} budget(s): ${missed.map((m) => m.id).join(', ')}`);
	}
	if (errors.length > 0) {
		out.push(`ERROR in ${errors.length} measurement(s): ${errors.map((m) => m.id).join(', ')}`);
	}
	if (missed.length === 0 && errors.length === 0) out.push('All budgets met.');
	return out.join('\n');
}
