import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palettes } from '$lib/theme/palette';
import { FONT_FAMILY, tokens } from '$lib/theme/tokens';

const css = readFileSync(new URL('../../../src/lib/theme/tokens.css', import.meta.url), 'utf8');
const fontCss = readFileSync(new URL('../../../src/lib/theme/font.css', import.meta.url), 'utf8');

/** A font stack with its quotes and spacing made alike, so that CSS and JS spellings compare. */
function fontStack(value: string): string[] {
	return value.split(',').map((name) => name.trim().replace(/^['"]|['"]$/g, ''));
}

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

	it('font.css sets the font stack of tokens.ts, which the explorer and the studio read', () => {
		const value = /--font-family:\s*([^;]+);/.exec(fontCss)?.[1];
		expect(value && fontStack(value)).toEqual(fontStack(FONT_FAMILY));
		expect(fontStack(FONT_FAMILY)).toEqual([
			'system-ui',
			'-apple-system',
			'Segoe UI',
			'Noto Sans',
			'sans-serif'
		]);
	});
});
