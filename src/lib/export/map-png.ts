/**
 * The current map view as a PNG with its title, legend and credits burned in, so a shared image
 * keeps its attribution. Browser only (canvas); MapLibre is passed in, not imported.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendEntry } from '$lib/theme/legend';
import { FONT_FAMILY, tokens } from '$lib/theme/tokens';
import { scaleBar } from './scale-bar';

export interface MapPngOptions {
	/** Drawn as a box in the map's lower-left corner, in this order; empty draws no box. */
	legend: LegendEntry[];
	/** Credit lines (plain text; tags are stripped), printed under the map. */
	attribution: string[];
	/** Printed above the map, wrapped to its width. */
	title: string;
	/** The scale bar's label for a length in km ("50 km"). */
	formatKm: (km: number) => string;
}

/** A scale bar's length and label, in CSS pixels. */
interface Scale {
	px: number;
	label: string;
}

/** The widest scale bar, in CSS pixels. */
const SCALE_MAX = 100;

/** CSS pixels; everything is scaled by the map's pixel ratio. */
const PAD = 12;
const TITLE_SIZE = 18;
const TEXT_SIZE = 13;
const CREDIT_SIZE = 12;
const LINE = 1.35;
const SWATCH = 14;
/** The PNG is printed in the light theme's colours. */
const { text: INK, muted: MUTED, surface: PAPER } = tokens.light;

function plain(text: string): string {
	return text.replace(/<[^>]*>/g, '').trim();
}

/** Greedy word wrap of `text` to `width` device pixels in the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && context.measureText(candidate).width > width) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

function drawLegend(
	context: CanvasRenderingContext2D,
	legend: LegendEntry[],
	mapBottom: number,
	ratio: number
): void {
	if (legend.length === 0) return;
	const pad = PAD * ratio;
	const lineHeight = TEXT_SIZE * LINE * ratio;
	const swatch = SWATCH * ratio;
	context.font = `${TEXT_SIZE * ratio}px ${FONT_FAMILY}`;
	const textWidth = Math.max(...legend.map((entry) => context.measureText(entry.label).width));
	const boxWidth = pad * 2 + swatch + pad / 2 + textWidth;
	const boxHeight = pad * 2 + lineHeight * legend.length;
	const left = pad;
	const top = mapBottom - pad - boxHeight;
	context.fillStyle = 'rgba(255, 255, 255, 0.9)';
	context.fillRect(left, top, boxWidth, boxHeight);
	context.strokeStyle = MUTED;
	context.lineWidth = ratio;
	context.strokeRect(left, top, boxWidth, boxHeight);
	context.textBaseline = 'middle';
	legend.forEach((entry, index) => {
		const middle = top + pad + lineHeight * (index + 0.5);
		context.fillStyle = entry.color;
		context.fillRect(left + pad, middle - swatch / 2, swatch, swatch);
		context.strokeStyle = entry.outline ?? MUTED;
		context.strokeRect(left + pad, middle - swatch / 2, swatch, swatch);
		context.fillStyle = INK;
		context.fillText(entry.label, left + pad + swatch + pad / 2, middle);
	});
}

/** The scale bar at the map's vertical middle, where the PNG's reader would measure. */
function scaleOf(map: MapLibreMap, options: MapPngOptions): Scale {
	const y = map.getContainer().clientHeight / 2;
	const metres = map.unproject([0, y]).distanceTo(map.unproject([SCALE_MAX, y]));
	const { km, px } = scaleBar(metres / 1000, SCALE_MAX);
	return { px, label: options.formatKm(km) };
}

/** A bar with end ticks and its length, in the map's lower-right corner. */
function drawScale(
	context: CanvasRenderingContext2D,
	scale: Scale,
	mapBottom: number,
	ratio: number
) {
	const pad = PAD * ratio;
	const width = scale.px * ratio;
	const right = context.canvas.width - pad;
	const bottom = mapBottom - pad;
	context.font = `${TEXT_SIZE * ratio}px ${FONT_FAMILY}`;
	const boxWidth = Math.max(width, context.measureText(scale.label).width) + pad;
	const boxHeight = TEXT_SIZE * LINE * ratio + pad;
	context.fillStyle = 'rgba(255, 255, 255, 0.9)';
	context.fillRect(right - boxWidth, bottom - boxHeight, boxWidth, boxHeight);
	context.strokeStyle = INK;
	context.lineWidth = 2 * ratio;
	const left = right - pad / 2 - width;
	const base = bottom - pad / 2;
	context.beginPath();
	context.moveTo(left, base - 6 * ratio);
	context.lineTo(left, base);
	context.lineTo(left + width, base);
	context.lineTo(left + width, base - 6 * ratio);
	context.stroke();
	context.fillStyle = INK;
	context.textBaseline = 'bottom';
	context.fillText(scale.label, left + 4 * ratio, base - 3 * ratio);
}

/**
 * Composes the title, the map's current frame, a legend box, a scale bar and the credits on one
 * canvas. Called inside MapLibre's `render` event, while the WebGL drawing buffer still holds the
 * frame.
 */
function compose(source: HTMLCanvasElement, ratio: number, options: MapPngOptions, scale: Scale) {
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d');
	if (!context) throw new Error('Canvas 2D is unavailable');
	const pad = PAD * ratio;
	const textWidth = source.width - pad * 2;

	context.font = `600 ${TITLE_SIZE * ratio}px ${FONT_FAMILY}`;
	const titleLines = wrap(context, options.title, textWidth);
	context.font = `${CREDIT_SIZE * ratio}px ${FONT_FAMILY}`;
	const creditLines = options.attribution
		.map(plain)
		.filter(Boolean)
		.flatMap((line) => wrap(context, line, textWidth));
	const titleHeight = titleLines.length * TITLE_SIZE * LINE * ratio;
	const creditHeight = creditLines.length * CREDIT_SIZE * LINE * ratio;
	const header = titleLines.length > 0 ? titleHeight + pad * 2 : 0;
	const footer = creditLines.length > 0 ? creditHeight + pad * 2 : 0;

	// Resizing a canvas resets its context, so size it before drawing.
	canvas.width = source.width;
	canvas.height = header + source.height + footer;
	context.fillStyle = PAPER;
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(source, 0, header);

	context.textBaseline = 'top';
	context.fillStyle = INK;
	context.font = `600 ${TITLE_SIZE * ratio}px ${FONT_FAMILY}`;
	titleLines.forEach((line, i) => context.fillText(line, pad, pad + i * TITLE_SIZE * LINE * ratio));

	drawLegend(context, options.legend, header + source.height, ratio);
	drawScale(context, scale, header + source.height, ratio);

	context.textBaseline = 'top';
	context.fillStyle = MUTED;
	context.font = `${CREDIT_SIZE * ratio}px ${FONT_FAMILY}`;
	const creditTop = header + source.height + pad;
	creditLines.forEach((line, i) =>
		context.fillText(line, pad, creditTop + i * CREDIT_SIZE * LINE * ratio)
	);
	return canvas;
}

/**
 * The map's current view as a PNG, with `title` above it, `legend` in its lower-left corner, a
 * scale bar in its lower-right and `attribution` below it, at the map's pixel ratio.
 *
 * `preserveDrawingBuffer` (slower on every frame) is not needed: the frame is copied inside the
 * next `render` event, in the same task as the draw, before the browser composites and clears the
 * WebGL drawing buffer (https://registry.khronos.org/webgl/specs/latest/1.0/#2.2,
 * https://github.com/watergis/maplibre-gl-export/issues/521).
 *
 * @param map A MapLibre map that has loaded its style.
 * @returns A `image/png` Blob; rejects when the canvas cannot be read or encoded.
 * @example downloadBlob(await exportMapPng(map, { legend, attribution, title, formatKm }), 'map.png')
 */
export function exportMapPng(map: MapLibreMap, options: MapPngOptions): Promise<Blob> {
	return new Promise<HTMLCanvasElement>((resolve, reject) => {
		map.once('render', () => {
			try {
				resolve(compose(map.getCanvas(), map.getPixelRatio(), options, scaleOf(map, options)));
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		});
		map.triggerRepaint();
	}).then(
		(canvas) =>
			new Promise<Blob>((resolve, reject) =>
				canvas.toBlob(
					(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
					'image/png'
				)
			)
	);
}
