/** Drafts under review, kept in the browser's IndexedDB so a reload or a closed tab loses nothing. */
import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import type { StudioDraft } from './model';

let store: UseStore | null = null;
const drafts = () => (store ??= createStore('frontline-studio', 'drafts'));

/** Every kept draft, the most recently changed first. */
export async function listDrafts(): Promise<StudioDraft[]> {
	const all = await values<StudioDraft>(drafts());
	return all.sort((a, b) => b.updated - a.updated);
}

/** Stores a plain copy of `draft` (Svelte state proxies cannot be cloned into IndexedDB). */
export function saveDraft(draft: StudioDraft): Promise<void> {
	const plain = JSON.parse(JSON.stringify(draft)) as StudioDraft;
	return set(plain.key, { ...plain, updated: Date.now() }, drafts());
}

export const discardDraft = (key: string) => del(key, drafts());
