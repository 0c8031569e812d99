/** Drafts under review, kept in the browser's IndexedDB so a reload or a closed tab loses nothing. */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { StudioDraft } from './model';

let store: UseStore | null = null;
const drafts = () => (store ??= createStore('frontline-studio', 'drafts'));

// A page that is going away cannot wait for IndexedDB, so its last change is kept synchronously in
// localStorage and written to IndexedDB the next time the drafts are read.
const JOURNAL = 'frontline-studio:unsaved';

/** Keeps `draft` synchronously, for a page being hidden or closed before its save could finish. */
export function journalDraft(draft: StudioDraft): void {
	localStorage.setItem(JOURNAL, JSON.stringify({ ...draft, updated: Date.now() }));
}

async function replayJournal(): Promise<void> {
	const text = localStorage.getItem(JOURNAL);
	if (text === null) return;
	const draft = JSON.parse(text) as StudioDraft;
	const stored = await get<StudioDraft>(draft.key, drafts());
	if (!stored || stored.updated < draft.updated) await set(draft.key, draft, drafts());
	localStorage.removeItem(JOURNAL);
}

/** Every kept draft, the most recently changed first. */
export async function listDrafts(): Promise<StudioDraft[]> {
	await replayJournal();
	const all = await values<StudioDraft>(drafts());
	return all.sort((a, b) => b.updated - a.updated);
}

/** Stores a plain copy of `draft` (Svelte state proxies cannot be cloned into IndexedDB). */
export function saveDraft(draft: StudioDraft): Promise<void> {
	const plain = JSON.parse(JSON.stringify(draft)) as StudioDraft;
	return set(plain.key, { ...plain, updated: Date.now() }, drafts());
}

export const discardDraft = (key: string) => del(key, drafts());
