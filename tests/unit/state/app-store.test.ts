// @vitest-environment happy-dom
/**
 * The app's state reaches MapLibre (its camera goes to `jumpTo`), so every write must leave it a
 * plain object, never a Svelte proxy; `structuredClone` refuses a proxy.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const history: string[] = [];
vi.mock('$app/navigation', () => ({
	pushState: (url: string) => history.push(`push ${url}`),
	replaceState: (url: string) => history.push(`replace ${url}`)
}));

const { AppStore } = await import('$lib/state/app-state.svelte');

describe('AppStore', () => {
	beforeEach(() => {
		history.length = 0;
		window.history.replaceState(null, '', '/?place=kharkiv');
	});

	it('keeps its state plain after every kind of write', () => {
		const store = new AppStore({
			placeIds: new Set(['kharkiv', 'pokrovsk']),
			dates: new Set(['2024-07-17'])
		});
		const disconnect = store.connect();
		expect(() => structuredClone(store.state)).not.toThrow();
		store.select('pokrovsk', 'compare');
		store.setDate('2024-07-17');
		store.setLang('uk');
		store.setTheme('dark');
		store.setCamera({ zoom: 7, center: [36.9, 49.2], bearing: 0, pitch: 0 });
		disconnect();
		expect(() => structuredClone(store.state)).not.toThrow();
		expect(() => structuredClone(store.state.camera)).not.toThrow();
		expect(store.state).toMatchObject({ place: 'pokrovsk', view: 'compare', date: '2024-07-17' });
		expect(history).toHaveLength(5);
	});
});
