/**
 * UI strings and locale-aware formatting for the two languages of the app. Pure: no Svelte, no DOM.
 * Dictionaries live in `strings/`; `en` with `en-later` is the source of keys and `uk` must match
 * them (type-checked, and tested for placeholders). The first screen's English is bundled; the
 * later panels' English loads with them (`strings/later-english.svelte.ts`), and Ukrainian on first
 * use (`strings/ukrainian.svelte.ts`): until it has arrived a string falls back to English.
 */
import {
	en,
	enPlurals,
	type FirstScreenKey,
	type MessageKey,
	type PluralForms,
	type PluralKey
} from './strings/en';
import type { LaterKey } from './strings/en-later';
import { laterEnglish } from './strings/later-english.svelte';
import { ukrainian, type Dictionary } from './strings/ukrainian.svelte';

export type { MessageKey } from './strings/en';

export type Lang = 'en' | 'uk';

/** Values for `{name}` placeholders; numbers are formatted for the language. */
export type MessageParams = Record<string, string | number>;

/** Ukrainian for `uk` once it has loaded (the load is started); null for English or meanwhile. */
function ukrainianFor(lang: Lang): Dictionary | null {
	return lang === 'en' ? null : ukrainian.current();
}

/**
 * The English string for `key`. A later panel's string is empty until its dictionary has arrived
 * (the load is started); the panels load with it (`withLaterStrings`), so none shows empty.
 */
function english(key: MessageKey): string {
	if (Object.hasOwn(en, key)) return en[key as FirstScreenKey];
	return laterEnglish.current()?.[key as LaterKey] ?? '';
}

/** BCP 47 locale used for `Intl` and the `lang` attribute. `en-GB` gives "24 July 2024". */
const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', uk: 'uk' };

export function isLang(value: unknown): value is Lang {
	return value === 'en' || value === 'uk';
}

/**
 * The value cached under `key`, built on first use. Building an `Intl` formatter costs far more
 * than using it (it loads locale data), and the page formats many numbers and dates as it
 * hydrates, so each distinct formatter is built once.
 */
function cached<T>(cache: Map<string, T>, key: string, build: () => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		value = build();
		cache.set(key, value);
	}
	return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dayMonthFormats = new Map<string, Intl.DateTimeFormat>();

/** `value` in `lang`'s digits, with exactly `fractionDigits` decimals when given. */
function formatNumber(lang: Lang, value: number, fractionDigits?: number): string {
	// Undefined digits leave Intl's defaults.
	const format = cached(
		numberFormats,
		`${lang} ${fractionDigits}`,
		() =>
			new Intl.NumberFormat(LOCALES[lang], {
				minimumFractionDigits: fractionDigits,
				maximumFractionDigits: fractionDigits
			})
	);
	return format.format(value);
}

function interpolate(lang: Lang, template: string, params: MessageParams | undefined): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (match, name: string) => {
		if (!Object.hasOwn(params, name)) return match;
		const value = params[name];
		return typeof value === 'number' ? formatNumber(lang, value) : String(value);
	});
}

/**
 * The string for `key` in `lang`, with `{name}` placeholders filled from `params`. A placeholder
 * without a value is left as it is, so a mistake shows instead of vanishing.
 *
 * @example t('uk', 'panel.via', { via: 'Укрінформ' }) // 'джерело: Укрінформ'
 */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
	const template = ukrainianFor(lang)?.messages[key] ?? english(key);
	return interpolate(lang, template, params);
}

/**
 * A count-dependent string, picked with `Intl.PluralRules` (Ukrainian has one/few/many/other).
 *
 * @example tPlural('uk', 'statements', 5) // '5 тверджень'
 */
function tPlural(lang: Lang, key: PluralKey, count: number): string {
	const forms: PluralForms = (ukrainianFor(lang)?.plurals ?? enPlurals)[key];
	const rules = cached(pluralRules, lang, () => new Intl.PluralRules(LOCALES[lang]));
	const category = rules.select(count);
	return interpolate(lang, forms[category] ?? forms.other, { count });
}

/**
 * "1 statement" / "3 statements"; "1 твердження", "3 твердження", "5 тверджень".
 */
export function tStatements(lang: Lang, count: number): string {
	return tPlural(lang, 'statements', count);
}

const KM: Record<Lang, string> = { en: 'km', uk: 'км' };
const KM2: Record<Lang, string> = { en: 'km²', uk: 'км²' };

/**
 * A distance in kilometres: 1 decimal under 10 km, whole kilometres from there on.
 *
 * @param value Kilometres.
 * @example formatKm('en', 4.26) // '4.3 km'
 * @example formatKm('uk', 4.26) // '4,3 км'
 * @example formatKm('en', 12.4) // '12 km'
 */
export function formatKm(lang: Lang, value: number): string {
	const digits = Math.abs(Math.round(value * 10) / 10) < 10 ? 1 : 0;
	const number = formatNumber(lang, value, digits);
	return `${number} ${KM[lang]}`;
}

/**
 * A distance in whole kilometres, as the compare view rounds every distance, so that differences
 * of shown values are shown values.
 *
 * @param value Kilometres.
 * @example formatWholeKm('en', 4.26) // '4 km'
 */
export function formatWholeKm(lang: Lang, value: number): string {
	return `${formatNumber(lang, Math.round(value), 0)} ${KM[lang]}`;
}

/**
 * An area in square kilometres, with 1 decimal.
 *
 * @param value Square kilometres.
 * @example formatKm2('en', 212.63) // '212.6 km²'
 * @example formatKm2('uk', 212.63) // '212,6 км²'
 */
export function formatKm2(lang: Lang, value: number): string {
	const number = formatNumber(lang, value, 1);
	return `${number} ${KM2[lang]}`;
}

/** An inclusive date range of ISO dates, as in the statement data. */
export type DateRange = { from: string; to: string };

type DayParts = { day: string; month: string; year: string };

/** Day, month name (genitive in Ukrainian) and year of an ISO date, or null when it is not one. */
function dayParts(lang: Lang, iso: string): DayParts | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	// `{ day, month }` without `year` gives "24 липня" (genitive) and no trailing "р." in Ukrainian.
	const format = cached(
		dayMonthFormats,
		lang,
		() => new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', timeZone: 'UTC' })
	);
	const parts = format.formatToParts(date);
	const monthName = parts.find((p) => p.type === 'month')?.value ?? match[2] ?? '';
	return { day: String(day), month: monthName, year: String(year) };
}

/**
 * A date or an inclusive range, day first: "24 July 2024" / "24 липня 2024";
 * "1–10 June 2024" / "1–10 червня 2024"; "28 May – 3 June 2024" across months; full dates on both
 * sides across years. A string that is not an ISO date is returned unchanged.
 */
export function formatDate(lang: Lang, value: string | DateRange): string {
	if (typeof value === 'string') {
		const d = dayParts(lang, value);
		return d ? `${d.day} ${d.month} ${d.year}` : value;
	}
	const from = dayParts(lang, value.from);
	const to = dayParts(lang, value.to);
	if (!from || !to) return `${value.from}–${value.to}`;
	const full = (d: DayParts) => `${d.day} ${d.month} ${d.year}`;
	if (from.year !== to.year) return `${full(from)} – ${full(to)}`;
	if (from.month !== to.month) return `${from.day} ${from.month} – ${full(to)}`;
	if (from.day !== to.day) return `${from.day}–${to.day} ${to.month} ${to.year}`;
	return full(to);
}
