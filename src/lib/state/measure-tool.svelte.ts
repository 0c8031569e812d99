import type { Position } from 'geojson';
import type { Tool } from '$lib/panels/MeasurePanel.svelte';

/** The measure drawer's tool: which one is on, the ruler's path and the range ring. */
export class MeasureTool {
	tool = $state<Tool>('none');
	rulerPoints = $state.raw<Position[]>([]);
	ringCenter = $state.raw<Position | null>(null);
	/** The ring's radius in km. */
	ringRadiusKm = $state(50);

	/** The ring's centre while the ring is the tool on; null otherwise (the map draws no ring). */
	get shownRingCenter(): Position | null {
		return this.tool === 'ring' ? this.ringCenter : null;
	}

	/** A click on the map: the ruler adds a point, the ring moves its centre there. */
	click(point: Position): void {
		if (this.tool === 'ruler') this.rulerPoints = [...this.rulerPoints, point];
		else this.ringCenter = point;
	}

	setRing(center: Position | null, radiusKm: number): void {
		this.ringCenter = center;
		this.ringRadiusKm = radiusKm;
	}

	/** Whether Escape has a ruler path to clear. */
	get hasPath(): boolean {
		return this.tool === 'ruler' && this.rulerPoints.length > 0;
	}
}
