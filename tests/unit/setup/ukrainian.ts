// Unit tests format in both languages: load the lazily loaded dictionaries (Ukrainian, and the
// later panels' English) up front.
import { laterEnglish } from '$lib/state/strings/later-english.svelte';
import { loadUkrainian } from '$lib/state/strings/ukrainian.svelte';

await Promise.all([loadUkrainian(), laterEnglish.load()]);
