/**
 * The embed options in the URL's search params: `controls`, `panel`, `height` and `id`. Parsing never
 * throws; defaults are omitted when writing. Part of the URL state (`url-state.ts`).
 */

/** Every embed control, in the canonical order used when parsing and serialising. */
export const EMBED_CONTROLS = ['zoom', 'legend', 'list', 'fullscreen'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export type EmbedOptions = {
	/** Controls shown in an embed; unknown items are dropped, a missing param means all. */
	controls: EmbedControl[];
	/** Whether the statement panel starts open. */
	panel: 'open' | 'closed';
	/** Host-chosen embed id (`[A-Za-z0-9_-]{1,64}`), echoed in `postMessage`s; null when absent or invalid. */
	id: string | null;
	/** The embed's map height in CSS px, clamped to {@link EMBED_MAP_HEIGHT}; null for the default. */
	height: number | null;
};

/** The embed map's height in CSS px: the default and the range `?height=` is clamped to. */
export const EMBED_MAP_HEIGHT = { default: 460, min: 240, max: 1000 } as const;

/**
 * A `?height=` value as a map height: whole px clamped to 240–1000, or null when it isn't a number.
 * @example parseEmbedHeight('1200') // 1000
 */
export function parseEmbedHeight(value: string | null): number | null {
	if (value === null || !/^\d+(?:\.\d+)?$/.test(value.trim())) return null;
	const px = Math.round(Number(value));
	return Math.min(EMBED_MAP_HEIGHT.max, Math.max(EMBED_MAP_HEIGHT.min, px));
}

/** The embed options a URL without any embed params describes. */
export function defaultEmbedOptions(): EmbedOptions {
	return { controls: [...EMBED_CONTROLS], panel: 'open', id: null, height: null };
}

/** The search params of the embed options. */
export const EMBED_PARAMS = ['controls', 'panel', 'id', 'height'] as const;

const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

function parseControls(value: string | null): EmbedControl[] {
	if (value === null) return [...EMBED_CONTROLS];
	const asked = new Set(value.split(','));
	return EMBED_CONTROLS.filter((control) => asked.has(control));
}

/**
 * Reads the embed options from search params; each falls back to its default when its param is
 * missing, unknown or malformed.
 *
 * @param get Reads one search param (null when it is absent).
 */
export function parseEmbedOptions(get: (name: string) => string | null): EmbedOptions {
	const panel = get('panel');
	const id = get('id');
	return {
		controls: parseControls(get('controls')),
		panel: panel === 'open' || panel === 'closed' ? panel : 'open',
		id: id !== null && EMBED_ID.test(id) ? id : null,
		height: parseEmbedHeight(get('height'))
	};
}

/** The embed options' search params, in a fixed order, with every default left out. */
export function embedParams(embed: EmbedOptions): [string, string][] {
	const out: [string, string][] = [];
	const controls = EMBED_CONTROLS.filter((c) => embed.controls.includes(c));
	if (controls.length !== EMBED_CONTROLS.length) out.push(['controls', controls.join(',')]);
	if (embed.panel !== 'open') out.push(['panel', embed.panel]);
	if (embed.height !== null) out.push(['height', String(embed.height)]);
	if (embed.id !== null) out.push(['id', embed.id]);
	return out;
}
