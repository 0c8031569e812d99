import { pushState, replaceState } from '$app/navigation';
import { cameraEquals, type Camera } from './camera-hash';
import {
	defaultAppState,
	parseUrlState,
	serializeUrlState,
	type AppState,
	type ParseOptions,
	type Theme,
	type View
} from './url-state';
import type { Lang } from './i18n';

/**
 * The app's state, mirrored in the URL: selections push a history entry (so back/forward
 * walk through them), camera moves replace the current one.
 */
export class AppStore {
	/** Replaced whole on every write (never mutated), and not proxied: a camera or an id read from it
	 * is a plain value that can go straight to MapLibre. */
	state = $state.raw<AppState>(defaultAppState());
	readonly #options: ParseOptions;

	constructor(options: ParseOptions) {
		this.#options = options;
	}

	/** Reads the URL now and after every back/forward. Browser only; returns the cleanup. */
	connect(): () => void {
		const read = () => {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway parse, not state
			this.state = parseUrlState(new URL(location.href), this.#options);
		};
		read();
		addEventListener('popstate', read);
		return () => removeEventListener('popstate', read);
	}

	/** Selects a place (null clears), optionally switching the view in the same history entry. */
	select(place: string | null, view: View = this.state.view): void {
		if (place === this.state.place && view === this.state.view) return;
		this.#write({ ...this.state, place, view }, 'push');
	}

	setView(view: View): void {
		this.#write({ ...this.state, view }, 'push');
	}

	/** Chooses a date; `replace` for the time-lapse's playing steps, which are not history. */
	setDate(date: string | null, history: 'push' | 'replace' = 'push'): void {
		this.#write({ ...this.state, date }, history);
	}

	setLang(lang: Lang): void {
		this.#write({ ...this.state, lang }, 'replace');
	}

	setTheme(theme: Theme | null): void {
		this.#write({ ...this.state, theme }, 'replace');
	}

	/** Records where the reader moved the map; ignores moves within the hash's rounding. */
	setCamera(camera: Camera): void {
		if (this.state.camera && cameraEquals(this.state.camera, camera)) return;
		this.#write({ ...this.state, camera }, 'replace');
	}

	#write(next: AppState, mode: 'push' | 'replace'): void {
		this.state = next;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway parse, not state
		const url = serializeUrlState(next, new URL(location.href));
		if (url.href === location.href) return;
		if (mode === 'push') pushState(url.href, {});
		else replaceState(url.href, {});
	}
}
