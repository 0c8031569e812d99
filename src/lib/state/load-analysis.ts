import { loadGeometry, type AnalysisGeometry } from '$lib/data/geometry';

/**
 * The analysis functions and their geometry, loaded on first use, so polygon clipping (Turf
 * `intersect`) and the front-line files stay out of the page's first download.
 * @param storyId the story whose snapshots and gains to load
 */
export async function loadAnalysis(storyId: string): Promise<{
	analysis: typeof import('./analysis');
	geometry: AnalysisGeometry;
}> {
	const [analysis, geometry] = await Promise.all([import('./analysis'), loadGeometry(storyId)]);
	return { analysis, geometry };
}
