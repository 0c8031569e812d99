import type { Map as MapLibreMap } from 'maplibre-gl';
import { catalog } from '$lib/data/catalog';
import { storyCatalog } from '$lib/data/story-view';
import { axisCircleLabels, axisCircles, comparedHighlights } from '$lib/map/axis-areas';
import { afterNextPaint } from '$lib/map/after-next-paint';
import { selectionBounds } from '$lib/map/framing';
import { pageHydrated } from '$lib/map/start-map-early';
import { ALL_OVERLAYS_SHOWN, drawnOverlays, type OverlayVisibility } from '$lib/theme/legend';
import type { SheetSize } from '$lib/panels/BottomSheet.svelte';
import { systemTheme } from '$lib/theme/system-theme';
import type { AppStore } from './app-state.svelte';
import { t, tStatements } from './i18n';
import { MeasureTool } from './measure-tool.svelte';
import { comparedStory } from './story-filter.svelte';
import { catalogStore } from './catalog-store';
import { legendSnapshot, snapshotFor } from '$lib/story/timeline';
import { defaultEmbedOptions, type EmbedControl } from './embed-options';
import { serializeUrlState, type Theme } from './url-state';

/** What the explorer needs of the URL-backed store (tests pass one without a browser). */
export type ExplorerStore = Pick<
	AppStore,
	'state' | 'connect' | 'select' | 'setView' | 'setDate' | 'setLang' | 'setCamera'
>;

/**
 * What only an embed does: post its height to the host page, and start its map once scrolled into
 * view. The embed page passes these in (`embed/height-reporter.ts`, `embed/when-visible.ts`), so
 * that `/` does not download them.
 */
export interface EmbedBehaviour {
	reportHeight: (element: HTMLElement, id: string | null) => () => void;
	whenVisible: (element: Element, callback: () => void) => () => void;
}

/** Why the map is not on screen: no WebGL, or its data or code failed to load (retryable). */
export type MapFailure = 'webgl' | 'data';

/**
 * The explorer's state and policies, for `/` and `/embed/`: what is selected, framed and drawn,
 * the map's life (lazy start, failure, retry), the Escape key and the embed's behaviour.
 */
export class Explorer {
	readonly embedded: boolean;
	readonly #embed: EmbedBehaviour | null;
	readonly store: ExplorerStore;
	readonly measure = new MeasureTool();
	readonly attribution = catalog.sources.map((source) => source.attribution);

	/** Deriveds are lazy: they read `store` and `embedded` after the constructor has set them. */
	readonly app = $derived.by(() => this.store.state);
	readonly lang = $derived(this.app.lang);
	readonly place = $derived(this.app.place ? (catalog.byId.get(this.app.place) ?? null) : null);
	readonly storyView = $derived(storyCatalog(catalog, this.app.story));
	readonly snapshot = $derived(snapshotFor(this.app.date, this.storyView));
	/** The snapshot on screen as the legend and the exports name it. */
	readonly onScreen = $derived(legendSnapshot(this.snapshot, this.storyView, this.app.date));
	/** The compared story's axes (the filtered story's, or the compare view's pick). */
	readonly comparedAxes = $derived(comparedStory(this.storyView).axes);
	readonly axisPlaces = $derived(this.comparedAxes.flatMap((axis) => axis.places));
	/** With `?story=`, the map emphasises the story's places while nothing is selected. */
	readonly storyPlaces = $derived(
		this.app.story === null
			? []
			: [...catalog.statementsByPlace].flatMap(([id, list]) =>
					list.some((s) => s.article === this.app.story) ? [id] : []
				)
	);
	/** The compare view's axes measured within a circle, which the map draws (axis-areas.ts). */
	readonly axisCircles = $derived(
		this.app.view === 'compare' ? axisCircles(this.comparedAxes, catalog) : []
	);
	/** The legend's words for each circle the map draws. */
	readonly axisCircleLabels = $derived(axisCircleLabels(this.axisCircles, this.lang, catalog));
	/** What the map highlights: the selection, or the axes' places (and the oblasts that are an
	 * axis's ground) in the compare view. */
	readonly highlighted = $derived(
		this.app.view === 'compare'
			? comparedHighlights(this.comparedAxes, catalog)
			: this.app.place
				? [this.app.place]
				: this.storyPlaces
	);
	/** What the map frames: the story's axes when comparing, else the selected place; null for none. */
	readonly framed = $derived(selectionBounds(this.app.place, this.app.view, this.axisPlaces));

	/** The URL has been read (browser only): the map and the URL-dependent links may start. */
	connected = $state(false);
	/** Embeds create the map only once they scroll into view; the full page at once. */
	mapWanted = $state(false);
	mapFailure = $state<MapFailure | null>(null);
	/** Bumped by a retry, to create the map afresh. */
	mapAttempt = $state(0);
	/** The map opens at the URL's camera, or framed on its selection: no flight on load. */
	skipInitialEase = $state(false);
	/** An embed may start with its panel closed (`?panel=closed`) until the reader selects a place. */
	panelHidden = $state(false);
	/** The statement panel's size as a bottom sheet on phones; each new selection opens it halfway. */
	sheetSize = $state<SheetSize>('half');
	focusStatement = $state<string | null>(null);
	/** The story the article reader shows: the default one, or the one a statement came from. */
	contextStory = $state(catalog.defaultStory);
	/** The loaded map, for the PNG download; null while there is none. */
	exportMap = $state.raw<MapLibreMap | null>(null);
	/**
	 * The map has first been idle, or has failed: what the first screen does not need may load now.
	 * The side column's later panels (time-lapse, timeline) wait for it, so their code stays out of
	 * what the page downloads before its map is on screen (the bench's `bytes.app-js`); so do a
	 * place's distances, whose geometry and Turf work would otherwise compete with the map of a page
	 * opened on a place (the bench's `place-load.ratio`).
	 */
	mapSettled = $state(false);
	/** The overlays the legend has switched on. */
	overlays = $state<OverlayVisibility>({ ...ALL_OVERLAYS_SHOWN });
	/** The overlays actually drawn: those switched on that exist on the snapshot on screen. */
	readonly shownOverlays = $derived(drawnOverlays(this.overlays, this.onScreen));
	/** The URL's theme, else the system's once the page runs (the prerendered page is light). */
	readonly theme = $derived<Theme>(this.app.theme ?? (this.connected ? systemTheme() : 'light'));
	readonly announcement = $derived(
		this.place
			? t(this.lang, 'panel.selected', {
					name: this.place.names[this.lang],
					count: tStatements(this.lang, catalog.statementsByPlace.get(this.place.id)?.length ?? 0)
				})
			: ''
	);
	/** The embed's "Open the full map" link: the same view on `/`, without the embed options. */
	readonly fullMapHref = $derived.by(() =>
		this.embedded && this.connected
			? serializeUrlState(
					{ ...this.app, embed: defaultEmbedOptions() },
					// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway href, not state
					new URL('../', location.href)
				).href
			: '../'
	);

	/** @param embed what the embed page does; null on the full page */
	constructor(embed: EmbedBehaviour | null, store: ExplorerStore = catalogStore()) {
		this.embedded = embed !== null;
		this.#embed = embed;
		this.store = store;
		this.mapWanted = !this.embedded;
	}

	/** Whether a control is on screen: always on the full page, in an embed when its URL asks. */
	shows(control: EmbedControl): boolean {
		return !this.embedded || this.app.embed.controls.includes(control);
	}

	/** Reads the URL and follows back/forward (browser only); returns the cleanup. */
	connect(): () => void {
		const disconnect = this.store.connect();
		this.skipInitialEase = this.framed !== null;
		this.panelHidden = this.embedded && this.app.embed.panel === 'closed';
		this.connected = true;
		pageHydrated();
		return disconnect;
	}

	/** The page's language, title and theme follow the explorer's (run in an effect). */
	syncDocument(): void {
		document.documentElement.lang = this.lang;
		document.title = t(this.lang, this.embedded ? 'page.embedTitle' : 'page.title');
		document.documentElement.dataset.theme = this.theme;
	}

	select = (id: string | null): void => {
		this.panelHidden = false;
		this.sheetSize = 'half';
		this.store.select(id, id === null ? this.app.view : 'explore');
	};

	showInContext = (statementId: string): void => {
		this.focusStatement = statementId;
		this.contextStory =
			catalog.statements.find((s) => s.id === statementId)?.article ?? catalog.defaultStory;
		this.store.setView('article');
	};

	/** Closes the article. On a phone the article sits below the map: go back up to the map. */
	backToMap = (): void => {
		this.store.setView('explore');
		scrollTo({ top: 0 });
	};

	/** Escape undoes the latest thing: the ruler's path, else the open article, else the selection. */
	escape(): void {
		if (this.measure.hasPath) this.measure.rulerPoints = [];
		else if (this.app.view === 'article') this.backToMap();
		else this.select(null);
	}

	/**
	 * The map is ready (or removed, null): the PNG download may use it. It has settled once its first
	 * idle frame is on screen: what waits for that loads after the frame, not beside it.
	 */
	onMapReady = (map: MapLibreMap | null): void => {
		this.exportMap = map;
		map?.once('idle', () => afterNextPaint(() => (this.mapSettled = true)));
	};

	onMapFailure = (error: Error): void => {
		this.mapFailure = /webgl/i.test(error.message) ? 'webgl' : 'data';
		this.mapSettled = true;
	};

	retryMap = (): void => {
		this.mapFailure = null;
		this.mapAttempt += 1;
	};

	/** An embed posts its height to its host page (a Svelte attachment on its root). */
	reportHeight = (root: HTMLElement): (() => void) | void => {
		if (this.#embed) return this.#embed.reportHeight(root, this.app.embed.id);
	};

	/** An embed starts its map when the map area scrolls into view (a Svelte attachment). */
	startMapWhenVisible = (area: HTMLElement): (() => void) | void => {
		if (this.#embed) return this.#embed.whenVisible(area, () => (this.mapWanted = true));
	};
}
