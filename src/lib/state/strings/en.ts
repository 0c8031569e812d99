import type { LaterKey } from './en-later';

/**
 * English UI strings of the first screen; with `en-later.ts`, the source of keys for every other
 * language. Place names are not here; they come from the data (`name_en`). `{name}` marks a value filled in by `t()`.
 */
export const en = {
	'app.title': 'Frontline Explorer',
	'app.tagline': "Where Russia's summer 2024 offensive moved, from Kharkiv to Pokrovsk",

	'map.label':
		'Map of north-eastern Ukraine and the front line. Use the place list to select places by keyboard.',
	'map.noWebgl':
		"The map can't be shown because this browser has WebGL turned off or unavailable. Everything else — places, statements, distances and the comparison — still works below.",
	'map.noScript':
		'This is a picture of the map. The interactive map needs JavaScript; the places and statements are below.',
	'map.loadError': 'The map data could not be loaded.',
	'map.retry': 'Try again',

	'list.heading': 'Places in this story',
	'list.statements': '{count} statements',

	'panel.close': 'Close',
	'panel.kind.city': 'City',
	'panel.kind.oblast': 'Oblast',
	'panel.kind.settlement': 'Settlement',
	'panel.inContext': 'in context',
	/** The "in context" button's accessible name: which statement it opens. */
	'panel.inContextOf': 'in context: {words}',
	'panel.via': 'via {via}',
	'panel.alsoAbout': 'Also about',
	'panel.said': 'said',
	'panel.noStatements': 'The article makes no statement about this place.',
	'panel.noneUntil': 'No statements up to {date} ({later} later).',
	'panel.someUntil': 'Statements up to {date}; {later} later.',
	'panel.showLater': 'Show the later ones',
	'panel.hideLater': 'Hide the later ones',
	/** `{count}` is the whole phrase from `tStatements()` ("3 statements"), so plurals stay right. */
	'panel.selected': '{name} selected. {count}.',
	/** The bottom sheet's grab handle on phones; `{state}` is one of the `sheet.*` states. */
	'sheet.handle': 'Statement panel size: {state}',
	'sheet.peek': 'collapsed',
	'sheet.half': 'half open',
	'sheet.full': 'full screen',

	/** Kinds as noun phrases; they also fill `{kind}` in `statement.reportsOn`. */
	'statement.kind.claim': 'an unverified claim',
	'statement.kind.denial': 'a denial',
	'statement.kind.estimate': 'an estimate',
	'statement.kind.report': 'an account of events',
	'statement.quoteLabel': 'Quote',
	'statement.articleWording': "{outlet}'s wording, not a quote",
	'statement.reportsOn': 'The article reports {kind} by {name}',
	'statement.ownReporting': "The article's own reporting",
	'statement.about': 'about {name}',

	'control.occupied': 'Occupied',
	'control.contested': 'Contested',
	'control.ukrainian_controlled': 'Ukrainian-controlled',

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

	'distances.heading': 'Distances',
	'distances.loading': 'Measuring distances…',
	'compare.groundCircle': '{axis}: ground within {km} of {city}',
	'measure.heading': 'Measure',
	'timeline.heading': 'Timeline',
	'timeline.all': 'All dates',
	'timeline.hint':
		'Choose a date: the map shows the latest front line known on it, the panels the statements made up to it.',
	'timeline.frontline': 'front-line map',
	'timeline.statementsOn': 'Statements up to {date}',
	'timeline.statementsOnRange':
		'Statements up to {date}, the first day of {range}, the period the article gives for these statements',
	'timeline.mapShows': 'The map shows the front line of {date}.',
	'timeline.none': 'No statements were made up to {date}.',
	'timelapse.heading': 'The front week by week',
	'timelapse.slider': 'Week shown on the map',
	'timelapse.date': 'Front line of {date}',
	'timelapse.gained': 'Highlighted: ground Russia gained since {since}.',
	'timelapse.first': 'The first week of the series: nothing to compare it with.',
	'timelapse.play': 'Play',
	'timelapse.pause': 'Pause',
	'timelapse.reducedMotion':
		'Play is off because your system asks for reduced motion. Step with the slider or the arrow keys.',
	'timelapse.flags': 'Weeks with statements',
	'timelapse.flag': 'Week up to {date}: {count}',
	'timelapse.weekStatements': 'Statements made this week',
	'timelapse.open': 'Open the statement of {date} by {name} in its article',

	'embed.heading': 'Embed this view',
	'embed.openFull': 'Open the full map',
	'embed.showAll': 'Show all statements',

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
