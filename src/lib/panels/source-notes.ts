/**
 * A source's licence note in the reader's language, and whether its credit line already names it.
 * Pure: no DOM, no Svelte.
 */
import type { Source } from '$lib/data/schema/stories';
import { t, type Lang, type MessageKey } from '$lib/state/i18n';

/** Licence notes written in English in `sources.json`; SPDX ids such as `ODbL-1.0` need none. */
const NOTE_KEYS: Readonly<Record<string, MessageKey>> = {
	'Public domain': 'licence.publicDomain',
	'DeepStateMap.live License Agreement; redistribution not clearly granted, get permission before publishing':
		'licence.deepstate',
	'All rights reserved; quoted for reporting and commentary': 'licence.quotedForReporting',
	'All rights reserved; an excerpt quoted for reporting and commentary':
		'licence.excerptQuotedForReporting'
};

/** The licence note in `lang`: a known English note translated, an identifier as it is. */
export function licenceNote(source: Source, lang: Lang): string {
	const key = NOTE_KEYS[source.licence];
	return key ? t(lang, key) : source.licence;
}

const comparable = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * True when the credit line already names the licence ("GeoNames (CC BY 4.0)" and `CC-BY-4.0`),
 * so it is not printed twice.
 */
export function attributionNamesLicence(source: Source): boolean {
	return comparable(source.attribution).includes(comparable(source.licence));
}
