/** axe-core run inside the page (evaluated, since an injected <script> would break the page's CSP). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

type AxeResult = {
	violations: {
		id: string;
		help: string;
		nodes: { target: unknown[]; failureSummary?: string }[];
	}[];
};

/** Every violating node of every axe rule (not only the WCAG-tagged ones), one line each. */
export async function allRuleViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const result = await page.evaluate(async () => {
		const axe = (
			window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }
		).axe;
		const rules = (window as unknown as { axe: { getRules: () => { ruleId: string }[] } }).axe
			.getRules()
			.map((r) => r.ruleId);
		return (await axe.run(document, { runOnly: { type: 'rule', values: rules } })) as AxeResult;
	});
	return result.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${n.failureSummary ?? v.help}`)
	);
}
