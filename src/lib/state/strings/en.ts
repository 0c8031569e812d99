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
	'panel.inContext': 'in context',
	'panel.via': 'via {via}',
	'panel.alsoAbout': 'Also about',
	'panel.said': 'said',
	'panel.noStatements': 'The article makes no statement about this place.',
	/** `{count}` is the whole phrase from `tStatements()` ("3 statements"), so plurals stay right. */
	'panel.selected': '{name} selected. {count}.',
	/** The bottom sheet's grab handle on phones; `{state}` is one of the `sheet.*` states. */
	'sheet.handle': 'Statement panel size: {state}',
	'sheet.peek': 'collapsed',
	'sheet.half': 'half open',
	'sheet.full': 'full screen',

	'statement.kind.claim': 'claim',
	'statement.kind.denial': 'denial',
	'statement.kind.estimate': 'estimate',
	'statement.kind.report': 'report',

	'control.occupied': 'Occupied',
	'control.contested': 'Contested',
	'control.ukrainian_controlled': 'Ukrainian-controlled',

	'legend.heading': 'Legend',
	'legend.regions': 'Regions in the article',
	'legend.occupied': 'Occupied by Russia, 24 July 2024',
	'legend.contested': 'Contested (grey zone), 24 July 2024',
	'legend.gained': 'Gained by Russia since 9 May 2024',
	'legend.places': 'Places in the article',
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
	'distances.front': 'Front line (24 July 2024)',
	'distances.inside': 'inside the occupied area',
	'distances.closer': 'the front came {km} closer since 9 May',
	'distances.farther': 'the front moved {km} away since 9 May',

	'distances.place': 'To',
	'distances.distance': 'Distance',
	'distances.loading': 'Measuring distances…',
	'distances.change': 'Change since 9 May 2024',
	'compare.statements': 'Statements',
	'compare.speakers': 'Who spoke',
	'compare.frontDistance': 'Front line to {city}',
	'compare.verdict': 'The numbers point to the {axis}: {count} of {total} measures.',
	'compare.verdictEven': 'The numbers are split between the two axes.',
	'compare.detailGained': 'Russia gained {a} in {regionA}, against {b} in {regionB}.',
	'compare.detailCloser': 'The front came {a} closer to {cityA}, and {b} closer to {cityB}.',
	'compare.detailLatest': 'Most of the latest quotes ({date}) are about the {axis}.',
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
	'measure.radius': 'Radius (km)',
	'measure.inside': 'Places within the ring: {count}',
	'timeline.heading': 'Timeline',
	'timeline.all': 'All dates',
	'timeline.frontline': 'front line',
	'timeline.statementsOn': 'Statements up to {date}',
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
	'download.note': 'Every file includes the source credits.',
	'download.failed': 'The file could not be made. Please try again.',

	'attribution.sources': 'Sources'
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
