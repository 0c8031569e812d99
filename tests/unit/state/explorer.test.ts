import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { bbox } from '@turf/bbox';
import { Explorer, type ExplorerStore } from '$lib/state/explorer.svelte';
import { timeLapseSteps } from '$lib/story/time-lapse';
import { defaultAppState, type AppState, type View } from '$lib/state/url-state';

/** A store without a browser: it records the explorer's writes and applies them. */
class FakeStore implements ExplorerStore {
	state: AppState;
	calls: string[] = [];
	constructor(state: Partial<AppState> = {}) {
		this.state = { ...defaultAppState(), ...state };
	}
	connect = () => () => {};
	select = (place: string | null, view: View = this.state.view) => {
		this.calls.push(`select ${place} ${view}`);
		this.state = { ...this.state, place, view };
	};
	setView = (view: View) => {
		this.calls.push(`view ${view}`);
		this.state = { ...this.state, view };
	};
	setDate = (date: string | null) => {
		this.state = { ...this.state, date };
	};
	setLang = () => {};
	setCamera = () => {};
}

function explorerWith(state: Partial<AppState> = {}): { explorer: Explorer; store: FakeStore } {
	const store = new FakeStore(state);
	return { explorer: new Explorer(null, store), store };
}

/** The union of the places' boxes, as `selectionBounds` returns it: `[west, south, east, north]`, by Turf. */
function boxOfPlaces(ids: string[]): number[] {
	const corners = ids.flatMap((id) => {
		const box = catalog.byId.get(id)!.bbox;
		return [box.slice(0, 2), box.slice(2)];
	});
	return bbox({ type: 'MultiPoint', coordinates: corners });
}

describe('Escape', () => {
	const scrollTo = vi.fn();
	beforeEach(() => vi.stubGlobal('scrollTo', scrollTo));
	afterEach(() => {
		vi.unstubAllGlobals();
		scrollTo.mockReset();
	});

	it('clears the ruler’s path first, keeping the selection', () => {
		const { explorer, store } = explorerWith({ place: 'kharkiv' });
		explorer.measure.tool = 'ruler';
		explorer.measure.click([36.2, 50]);
		explorer.escape();
		expect(explorer.measure.rulerPoints).toEqual([]);
		expect(store.state.place).toBe('kharkiv');
		expect(store.calls).toEqual([]);
	});

	it('closes the article next, back up to the map', () => {
		const { explorer, store } = explorerWith({ view: 'article', place: 'kharkiv' });
		explorer.measure.tool = 'ruler';
		explorer.escape();
		expect(store.calls).toEqual(['view explore']);
		expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
		expect(store.state.place).toBe('kharkiv');
	});

	it('otherwise clears the selection and keeps the view', () => {
		const { explorer, store } = explorerWith({ view: 'compare', place: 'pokrovsk' });
		explorer.measure.tool = 'ring';
		explorer.measure.click([37, 48]);
		explorer.escape();
		expect(store.calls).toEqual(['select null compare']);
		expect(explorer.measure.ringCenter).toEqual([37, 48]);
	});
});

describe('overlay gating', () => {
	const weeks = timeLapseSteps(catalog).map((step) => step.snapshot);

	it('draws every switched-on overlay on the default story’s front at publication', () => {
		const { explorer } = explorerWith();
		expect(explorer.onScreen.gainsSince).not.toBeNull();
		expect(explorer.shownOverlays).toEqual({
			regions: true,
			occupied: true,
			contested: explorer.onScreen.greyZone,
			gained: true,
			context: true
		});
	});

	it('draws no gains on the date the weekly series starts: no earlier front to gain from', () => {
		const { explorer } = explorerWith({ date: weeks[0]!.date });
		expect(explorer.onScreen.gainsSince).toBeNull();
		expect(explorer.shownOverlays.gained).toBe(false);
	});

	it('draws the week’s gains from the second weekly snapshot on, and no grey zone it lacks', () => {
		const { explorer, store } = explorerWith({ date: weeks[1]!.date });
		expect(explorer.snapshot).toBe(weeks[1]);
		expect(explorer.shownOverlays.gained).toBe(true);
		expect(explorer.shownOverlays.contested).toBe(false);
		store.setDate(weeks[0]!.date);
		expect(explorer.shownOverlays.gained).toBe(false);
	});

	it('keeps an overlay the legend switched off off, on any snapshot', () => {
		const { explorer } = explorerWith({ date: weeks[1]!.date });
		explorer.overlays.gained = false;
		explorer.overlays.regions = false;
		expect(explorer.shownOverlays).toMatchObject({ gained: false, regions: false, occupied: true });
	});
});

describe('compare framing', () => {
	it('frames nothing while nothing is selected, and a selected place on its own', () => {
		const { explorer, store } = explorerWith();
		expect(explorer.framed).toBeNull();
		store.select('kharkiv', 'explore');
		expect(explorer.framed).toEqual(catalog.byId.get('kharkiv')!.bbox);
		expect(explorer.highlighted).toEqual(['kharkiv']);
	});

	// The default story's axes are measured within a circle: their cities are highlighted and their
	// circles drawn, but not the oblasts, which hold ground the figures leave out.
	it('frames every axis place of the default story when comparing, and highlights all but its oblasts', () => {
		const axes = catalog.articles.get(catalog.defaultStory)!.axes.flatMap((axis) => axis.places);
		const { explorer } = explorerWith({ view: 'compare', place: 'kharkiv' });
		const cities = axes.filter((id) => catalog.byId.get(id)!.kind === 'city');
		expect(cities.length).toBeLessThan(axes.length);
		expect(explorer.highlighted).toEqual(cities);
		expect(explorer.framed).toEqual(boxOfPlaces(axes));
		expect(explorer.axisCircles.map((circle) => [circle.axis.id, circle.radiusKm])).toEqual([
			['kharkiv', 75],
			['pokrovsk', 40]
		]);
		expect(explorer.axisCircleLabels[0]).toBe('Kharkiv axis: ground within 75 km of Kharkiv');
	});

	it('frames the filtered story’s own axes when comparing with ?story=', () => {
		const other = [...catalog.articles.values()].find(
			(story) => story.id !== catalog.defaultStory && story.axes.length > 0
		)!;
		const axes = other.axes.flatMap((axis) => axis.places);
		const { explorer } = explorerWith({ view: 'compare', story: other.id });
		expect(explorer.framed).toEqual(boxOfPlaces(axes));
		expect(explorer.framed).not.toEqual(
			boxOfPlaces(catalog.articles.get(catalog.defaultStory)!.axes.flatMap((a) => a.places))
		);
	});
});
