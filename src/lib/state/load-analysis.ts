import { loadGeometry, type AnalysisGeometry } from '$lib/data/geometry';

/**
 * The analysis functions and their geometry, loaded on first use, so polygon clipping (Turf
 * `intersect`) and the front-line files stay out of the page's first download.
 */
export async function loadAnalysis(): Promise<{
	analysis: typeof import('./analysis');
	geometry: AnalysisGeometry;
}> {
	const [analysis, geometry] = await Promise.all([import('./analysis'), loadGeometry()]);
	return { analysis, geometry };
}
