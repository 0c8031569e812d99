import type { Page } from 'playwright-core';

export type Rgb = [number, number, number];

/**
 * The colour on screen at a page pixel: a 1×1 screenshot decoded by the browser itself,
 * so no PNG decoder is needed in Node and the WebGL canvas needs no preserved buffer.
 */
export async function pixelAt(page: Page, x: number, y: number): Promise<Rgb> {
	const png = await page.screenshot({
		clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 }
	});
	return page.evaluate(async (base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(1, 1);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
		return [r!, g!, b!] as [number, number, number];
	}, png.toString('base64'));
}

export function hexToRgb(hex: string): Rgb {
	return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
	return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}

/**
 * The centre of the pixels of `colour` (within `tolerance` per channel) in a square of
 * 2 × `radius` + 1 px around `around`, in page px; null when there are none. Finds a map marker
 * whether an image or the WebGL canvas draws it.
 */
export async function colourCentre(
	page: Page,
	around: { x: number; y: number },
	radius: number,
	colour: Rgb,
	tolerance = 40
): Promise<{ x: number; y: number } | null> {
	const clip = {
		x: Math.round(around.x) - radius,
		y: Math.round(around.y) - radius,
		width: 2 * radius + 1,
		height: 2 * radius + 1
	};
	const png = await page.screenshot({ clip });
	const found = await page.evaluate(
		async ({ base64, colour, tolerance }) => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
			let [sumX, sumY, count] = [0, 0, 0];
			for (let y = 0; y < height; y++) {
				for (let x = 0; x < width; x++) {
					const i = (y * width + x) * 4;
					const close = [0, 1, 2].every((c) => Math.abs(data[i + c]! - colour[c]!) <= tolerance);
					if (close) [sumX, sumY, count] = [sumX + x, sumY + y, count + 1];
				}
			}
			return count === 0 ? null : { x: sumX / count, y: sumY / count };
		},
		{ base64: png.toString('base64'), colour, tolerance }
	);
	return found && { x: clip.x + found.x, y: clip.y + found.y };
}
