import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { linkCardSvg } from '$lib/map/link-card';
import type { RequestHandler } from './$types';

// The link-preview card, a PNG written at build time: platforms do not show SVG previews.
export const prerender = true;

/** The map's label font (Noto Sans Medium), so the card's labels do not depend on the build machine's fonts. */
const LABEL_FONT = createRequire(import.meta.url).resolve(
	'@expo-google-fonts/noto-sans/500Medium/NotoSans_500Medium.ttf'
);

export const GET: RequestHandler = async () => {
	const font = {
		fontFiles: [LABEL_FONT],
		loadSystemFonts: false,
		defaultFontFamily: 'Noto Sans',
		sansSerifFamily: 'Noto Sans'
	};
	const rendered = new Resvg(linkCardSvg(), { font }).render().asPng();
	// A map's flat colours fit a 256-colour palette: a third of the bytes, no visible change.
	const png = await sharp(rendered)
		.png({ palette: true, compressionLevel: 9, effort: 10 })
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
