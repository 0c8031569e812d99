/**
 * The embed protocol: what an embed (`/embed/`), the loader on its host page (`static/embed.js`)
 * and the embed builder's preview agree on. The map's height range is the `?height=` param's, in
 * `state/embed-options.ts` (`EMBED_MAP_HEIGHT`). `static/embed.js` is a plain script served as it is,
 * so it keeps copies; `tests/unit/embed/protocol.test.ts` holds them equal to these.
 */

/** `postMessage` types: the embed reports its content height; the loader asks it to report again. */
export const EMBED_MESSAGE = { height: 'frontline:height', ping: 'frontline:ping' } as const;

/** The message an embed posts to its host page whenever its content height changes. */
export interface HeightMessage {
	type: typeof EMBED_MESSAGE.height;
	/** Content height in CSS pixels. */
	height: number;
	/** The embed id the host gave in `?id=`, so a page with several embeds can tell them apart. */
	id: string | null;
}

/** The range, in CSS px, a host clamps an embed's reported content height to. */
export const EMBED_FRAME_HEIGHT = { min: 80, max: 10_000 } as const;

/**
 * The iframe height for a reported content height: whole px within {@link EMBED_FRAME_HEIGHT}.
 * @example frameHeightPx(12.2) // 80
 */
export function frameHeightPx(reported: number): number {
	return Math.min(EMBED_FRAME_HEIGHT.max, Math.max(EMBED_FRAME_HEIGHT.min, Math.ceil(reported)));
}

/** The embed iframe's accessible title when the host gives none. */
export const DEFAULT_EMBED_TITLE = 'Frontline Explorer map';
