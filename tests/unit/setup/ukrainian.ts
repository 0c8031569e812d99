// Unit tests format in both languages: load the lazily loaded Ukrainian dictionary up front.
import { loadUkrainian } from '$lib/state/strings/ukrainian.svelte';

await loadUkrainian();
