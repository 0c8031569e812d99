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
