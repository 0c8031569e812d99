import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palettes } from '$lib/theme/palette';
import { tokens } from '$lib/theme/tokens';

const css = readFileSync(new URL('../../../src/lib/theme/tokens.css', import.meta.url), 'utf8');

/** The custom properties a rule of tokens.css sets, by name without the `--`. */
function customProperties(selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	if (start < 0) throw new Error(`tokens.css has no rule for ${selector}`);
	const body = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]));
}

describe('theme tokens', () => {
	it('tokens.css sets the light theme’s colours of tokens.ts, and no others', () => {
		expect(customProperties('.app')).toEqual(tokens.light);
	});

	it('tokens.css sets the dark theme’s colours of tokens.ts, and no others', () => {
		expect(customProperties(".app[data-theme='dark']")).toEqual(tokens.dark);
	});

	it('the map shows the selection in the page’s accent colour, in both themes', () => {
		expect(palettes.light.selected).toBe(tokens.light.accent);
		expect(palettes.dark.selected).toBe(tokens.dark.accent);
	});
});
