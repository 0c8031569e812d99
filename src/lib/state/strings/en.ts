/**
 * English UI strings: the source of keys for every other language. Place names are not here; they
 * come from the data (`name_en`). `{name}` marks a value filled in by `t()`.
 */
export const en = {
	'app.title': 'Frontline Explorer',
	'app.tagline': "Where Russia's summer 2024 offensive moved, from Kharkiv to Pokrovsk",

	'map.label':
		'Map of north-eastern Ukraine and the front line. Use the place list to select places by keyboard.',
	'map.noWebgl':
		"The map can't be shown because this browser has WebGL turned off or unavailable. Everything else — places, statements, distances and the comparison — still works below.",
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
	'distances.border': 'Russian border',
	'distances.front': 'Front line ({date})',
	'distances.kmInside': '{km} (inside the occupied area)',
	'distances.closer': 'the front came {km} closer',
	'distances.farther': 'the front moved {km} away',

	'distances.place': 'To',
	'distances.distance': 'Distance',
	'distances.loading': 'Measuring distances…',
	'distances.change': 'Change since {since}',
	'compare.statements': 'Statements',
	'compare.speakers': 'Who spoke',
	'compare.frontDistance': 'Front line to {city}',
	'compare.verdict': 'The numbers point to the {axis}: {count} of {total} measures.',
	'compare.verdictEven': 'The numbers are split between the two axes.',
	'compare.detailGained': 'Russia gained {a} in {regionA}, against {b} in {regionB}.',
	'compare.detailCloser': 'The front came {a} closer to {cityA}, and {b} closer to {cityB}.',
	'compare.detailLatest': 'Most of the latest quotes ({date}) are about the {axis}.',
	'compare.noAxes': 'This story compares no axes.',
	'compare.loading': 'Measuring both axes…',
	'measure.heading': 'Measure',
	'measure.ruler': 'Ruler',
	'measure.ring': 'Range ring',
	'measure.rulerHint': 'Click the map to add points; Escape clears.',
	'measure.ringHint': 'Pick a centre place or click the map, then set the radius.',
	'measure.addPlace': 'Add a place',
	'measure.total': 'Total',
	'measure.clear': 'Clear',
	'measure.center': 'Centre',
	'measure.mapPoint': 'Point clicked on the map',
	'measure.radius': 'Radius (km)',
	'measure.inside': 'Places within the ring: {count}',
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
	'compare.heading': 'Compare regional focus',
	'compare.kharkivAxis': 'Kharkiv axis',
	'compare.pokrovskAxis': 'Pokrovsk axis',
	'compare.gained': 'Area Russia gained, {from} – {to}',

	'embed.heading': 'Embed this view',
	'embed.copy': 'Copy',
	'embed.copied': 'Copied',
	'embed.openFull': 'Open the full map',

	'download.heading': 'Download',
	'download.png': 'Map image (PNG)',
	'download.geojson': 'Places and statements (GeoJSON)',
	'download.csv': 'Statements (CSV)',
	'download.frontOn': 'Front line of {date}',
	'download.csvSources': 'Sources for the CSV (TXT)',
	'download.note':
		"The PNG and GeoJSON include the source credits. The CSV's are in their own file, so they never import as data rows.",
	'download.failed': 'The file could not be made. Please try again.',

	'attribution.sources': 'Sources',
	'licence.publicDomain': 'Public domain',
	'licence.deepstate':
		'DeepStateMap.live License Agreement; redistribution not clearly granted, get permission before publishing',
	'licence.quotedForReporting': 'All rights reserved; quoted for reporting and commentary',
	'licence.excerptQuotedForReporting':
		'All rights reserved; an excerpt quoted for reporting and commentary',
	'page.title': "Frontline Explorer — Russia's focus shifts from Kharkiv to Pokrovsk",
	'page.embedTitle': 'Frontline Explorer (embed)'
} as const;

export type MessageKey = keyof typeof en;

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
