import type { LaterKey } from './en-later';

/**
 * English UI strings of the first screen; with `en-later.ts`, the source of keys for every other
 * language. Place names are not here; they come from the data (`name_en`). `{name}` marks a value filled in by `t()`.
 */
export const en = {
	'app.title': 'Frontline Explorer',

	'map.label':
		'Map of north-eastern Ukraine and the front line. Use the place list to select places by keyboard.',
	'map.noWebgl':
		"The map can't be shown because this browser has WebGL turned off or unavailable. Everything else — places, statements, distances and the comparison — still works below.",
	'map.noScript':
		'This is a picture of the map. The interactive map needs JavaScript; the places and statements are below.',
	'map.loadError': 'The map data could not be loaded.',
	'map.retry': 'Try again',

	'list.heading': 'Places in this story',

	'panel.kind.city': 'City',
	'panel.kind.oblast': 'Oblast',
	/** `{count}` is the whole phrase from `tStatements()` ("3 statements"), so plurals stay right. */
	'panel.selected': '{name} selected. {count}.',

	'legend.heading': 'Legend',
	'legend.key': 'Map key',
	'legend.regions': 'Regions in the article',
	'legend.occupied': 'Occupied by Russia, {date}',
	'legend.contested': 'Contested (grey zone), {date}',
	'legend.gained': 'Gained by Russia, {since} – {date}',
	'legend.places': 'Places in the article',
	'legend.selected': 'Selected place',
	'legend.context': 'Other places',

	'article.read': 'Read the article',
	'article.back': 'Back to the map',

	'view.explore': 'Explore',
	'view.compare': 'Compare',

	'lang.switch': 'Українською',

	'theme.dark': 'Dark',
	'theme.light': 'Light',

	'compare.groundCircle': '{axis}: ground within {km} of {city}',
	'measure.heading': 'Measure',

	'embed.heading': 'Embed this view',
	'embed.openFull': 'Open the full map',

	'download.heading': 'Download',

	'attribution.sources': 'Sources',
	'licence.publicDomain': 'Public domain',
	'licence.deepstate':
		'DeepStateMap.live License Agreement; redistribution not clearly granted, get permission before publishing',
	'licence.quotedForReporting': 'All rights reserved; quoted for reporting and commentary',
	'licence.excerptQuotedForReporting':
		'All rights reserved; an excerpt quoted for reporting and commentary',
	'page.title': "Frontline Explorer — Russia's focus shifts from Kharkiv to Pokrovsk",
	'page.embedTitle': 'Frontline Explorer (embed)',
	'page.previewAlt':
		'Map of north-eastern Ukraine: the front line, the ground Russia gained, and the places the article names, from Kharkiv to Pokrovsk'
} as const;

/** The keys of the first screen's dictionary (this file). */
export type FirstScreenKey = keyof typeof en;

/** Every UI string's key: this file's and the later panels' (`en-later.ts`). */
export type MessageKey = FirstScreenKey | LaterKey;

/**
 * Plural forms by CLDR category (`Intl.PluralRules`). `other` is required; a language lists the
 * categories it uses (English: one/other; Ukrainian: one/few/many/other).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Count-dependent strings, `{count}` is the formatted number. */
export const enPlurals = {
	statements: { one: '{count} statement', other: '{count} statements' }
} satisfies Record<string, PluralForms>;

export type PluralKey = keyof typeof enPlurals;
