/**
 * The length of a map scale bar: a round number of kilometres that fits a width. Pure.
 */

/**
 * The largest 1, 2 or 5 × 10ⁿ km not above `km`.
 *
 * @param km The distance the full width spans, in km (> 0).
 * @example roundScaleKm(73.4) // 50
 * @example roundScaleKm(0.31) // 0.2
 */
export function roundScaleKm(km: number): number {
	const power = 10 ** Math.floor(Math.log10(km));
	const step = [5, 2, 1].find((s) => s * power <= km) ?? 1;
	return Number((step * power).toPrecision(1));
}

/**
 * A scale bar at most `maxPx` wide for a map where `maxPx` pixels span `kmAcross` km.
 *
 * @returns The bar's length in km and in pixels.
 * @example scaleBar(80, 100) // { km: 50, px: 62.5 }
 */
export function scaleBar(kmAcross: number, maxPx: number): { km: number; px: number } {
	const km = roundScaleKm(kmAcross);
	return { km, px: (maxPx * km) / kmAcross };
}
