/**
 * The link-preview card (og:image, routes/og-image.png): the default first frame cut to the card, with
 * the map data's credits burned in, since a shared picture travels without the page's credits. Its
 * labels are laid out so that no two overlap: it is shown at the size it is drawn.
 */
import { catalog } from '$lib/data/catalog';
import { cardDrawing } from './first-frame-drawing';
import { escapeXml, frameSvg } from './first-frame-svg';
import { CARD_SIZE } from './first-frame-views';

const STRIP_HEIGHT = 30;

/** The attributions of the sources whose GeoJSON the card draws, on one line. */
export const cardCredit = (): string =>
	catalog.sources
		.filter((source) => source.files.some((file) => file.endsWith('.geojson')))
		.map((source) => source.attribution)
		.join(' · ');

/** The card as an SVG document of {@link CARD_SIZE}: the map, then a strip with its credits. */
export function linkCardSvg(): string {
	const { width, height } = CARD_SIZE;
	const strip =
		`<rect x="0" y="${height - STRIP_HEIGHT}" width="${width}" height="${STRIP_HEIGHT}" fill="#ffffff" fill-opacity="0.9"/>` +
		`<text x="12" y="${height - 10}" font-size="14" fill="#333333" stroke="none">${escapeXml(cardCredit())}</text>`;
	return frameSvg(cardDrawing(), true).replace(/<\/svg>$/, `${strip}</svg>`);
}
