import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, enPlurals, type PluralForms, type PluralKey } from '$lib/state/strings/en';
import { enLater } from '$lib/state/strings/en-later';
import { uk, ukPlurals } from '$lib/state/strings/uk';
import { formatDate, formatKm, formatKm2, isLang, t, tStatements } from '$lib/state/i18n';

const pluralDictionaries: Record<'en' | 'uk', Record<PluralKey, PluralForms>> = {
	en: enPlurals,
	uk: ukPlurals
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the lazily loaded Ukrainian dictionary', () => {
	// English pages do not download Ukrainian; a string asked for before it arrives is English, and
	// the same call answers in Ukrainian once it has loaded (components re-render: it is a rune).
	it('answers in English until Ukrainian has loaded, then in Ukrainian', async () => {
		vi.resetModules();
		const fresh = await import('$lib/state/i18n');
		const { ukrainian } = await import('$lib/state/strings/ukrainian.svelte');
		expect(ukrainian.strings).toBeNull();
		expect(fresh.t('uk', 'app.title')).toBe(en['app.title']);
		await ukrainian.load();
		expect(fresh.t('uk', 'app.title')).toBe(uk['app.title']);
		expect(fresh.tStatements('uk', 5)).toBe('5 тверджень');
	});
});

describe("the later panels' English strings", () => {
	// The first screen's bundle holds `en` only; compare, measure, downloads, the embed builder and
	// distances load `en-later` with their code, and re-render once it is there (it is a rune).
	it('load on first use, and answer once they have arrived', async () => {
		vi.resetModules();
		const fresh = await import('$lib/state/i18n');
		const { laterEnglish } = await import('$lib/state/strings/later-english.svelte');
		expect(laterEnglish.strings).toBeNull();
		expect(fresh.t('en', 'app.title')).toBe(en['app.title']);
		expect(fresh.t('en', 'measure.clear')).toBe('');
		await laterEnglish.load();
		expect(fresh.t('en', 'measure.clear')).toBe('Clear');
	});

	it('panels loaded with them render every string at once', async () => {
		vi.resetModules();
		const fresh = await import('$lib/state/i18n');
		const later = await import('$lib/state/strings/later-english.svelte');
		const panel = await later.withLaterStrings(Promise.resolve({ default: 'panel' }));
		expect(panel.default).toBe('panel');
		expect(fresh.t('en', 'download.png')).toBe(enLater['download.png']);
	});

	it("share no key with the first screen's dictionary", () => {
		expect(Object.keys(enLater).filter((key) => Object.hasOwn(en, key))).toEqual([]);
	});
});

const english = { ...en, ...enLater };

describe('dictionaries', () => {
	// The type system catches missing keys at build time; this catches them in plain JS edits too.
	it('uk has exactly the keys of en and en-later', () => {
		expect(Object.keys(uk).sort()).toEqual(Object.keys(english).sort());
	});

	// An empty string renders as a silent gap in the UI.
	it('has no empty values', () => {
		for (const dict of [english, uk]) {
			for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
		}
	});

	// A translated placeholder ({назва}) would print literally instead of the value.
	it('uses the same placeholders in both languages', () => {
		for (const key of Object.keys(english) as (keyof typeof english)[]) {
			expect(placeholders(uk[key]), key).toEqual(placeholders(english[key]));
		}
	});

	// A value copied from en unchanged is an untranslated string.
	it('translates every uk value', () => {
		for (const key of Object.keys(english) as (keyof typeof english)[]) {
			expect(uk[key], key).not.toBe(english[key]);
		}
	});

	// The data uses the modifier letter ʼ for the Ukrainian apostrophe; the UI must match it.
	it('uses no ASCII or typographic apostrophe in uk', () => {
		for (const [key, value] of Object.entries(uk)) expect(value, key).not.toMatch(/['’]/);
	});

	// Plural forms must exist per key and each must show the count.
	it('has matching plural keys with {count} in every form', () => {
		expect(Object.keys(pluralDictionaries.uk).sort()).toEqual(
			Object.keys(pluralDictionaries.en).sort()
		);
		for (const dict of Object.values(pluralDictionaries)) {
			for (const forms of Object.values(dict)) {
				for (const form of Object.values(forms)) expect(placeholders(form)).toEqual(['count']);
			}
		}
	});
});

describe('t', () => {
	// Interpolation is the only templating in the app.
	it('fills {name} placeholders', () => {
		expect(t('en', 'panel.via', { via: 'Ukrainska Pravda' })).toBe('via Ukrainska Pravda');
	});

	// The announcement takes the pluralised phrase, as App.svelte passes it, so no form is doubled.
	it('announces a selection with a pluralised count', () => {
		expect(t('en', 'panel.selected', { name: 'Pokrovsk', count: tStatements('en', 1) })).toBe(
			'Pokrovsk selected. 1 statement.'
		);
		expect(t('uk', 'panel.selected', { name: 'Покровськ', count: tStatements('uk', 5) })).toBe(
			'Вибрано: Покровськ. 5 тверджень.'
		);
	});

	// A missing value should show up in review, not vanish.
	it('leaves a placeholder without a value as it is', () => {
		expect(t('en', 'distances.closer')).toBe('the front came {km} closer');
	});

	// Numbers follow the language's separators.
	it('formats number params for the language', () => {
		expect(t('uk', 'timelapse.flag', { date: '1 серпня', count: 1234 })).toBe(
			'Тиждень до 1 серпня: 1\u00a0234'
		);
	});

	// The switch link names the other language in that language.
	it('labels the language switch in the target language', () => {
		expect(t('en', 'lang.switch')).toBe('Українською');
		expect(t('uk', 'lang.switch')).toBe('In English');
	});

	// Only the two shipped languages are accepted from outside.
	it('recognises the supported languages', () => {
		expect([isLang('en'), isLang('uk'), isLang('ru'), isLang(null)]).toEqual([
			true,
			true,
			false,
			false
		]);
	});
});

describe('tStatements', () => {
	// English has one/other.
	it('pluralises in English', () => {
		expect([0, 1, 2, 5].map((n) => tStatements('en', n))).toEqual([
			'0 statements',
			'1 statement',
			'2 statements',
			'5 statements'
		]);
	});

	// Ukrainian needs one/few/many: 1 and 21 take the singular, 2–4 the same form, 5–20 the genitive plural.
	it('pluralises in Ukrainian', () => {
		expect([1, 2, 4, 5, 11, 14, 21, 22, 25].map((n) => tStatements('uk', n))).toEqual([
			'1 твердження',
			'2 твердження',
			'4 твердження',
			'5 тверджень',
			'11 тверджень',
			'14 тверджень',
			'21 твердження',
			'22 твердження',
			'25 тверджень'
		]);
	});
});

describe('formatKm and formatKm2', () => {
	// Short distances need a decimal to be useful; long ones do not.
	it('shows 1 decimal under 10 km and none from 10 km', () => {
		expect(formatKm('en', 4.26)).toBe('4.3 km');
		expect(formatKm('en', 12.4)).toBe('12 km');
		expect(formatKm('en', 9.96)).toBe('10 km');
		expect(formatKm('en', 0)).toBe('0.0 km');
	});

	// Ukrainian uses a decimal comma and Cyrillic units.
	it('uses Ukrainian separators and units', () => {
		expect(formatKm('uk', 4.26)).toBe('4,3 км');
		expect(formatKm2('uk', 212.63)).toBe('212,6 км²');
	});

	// Areas keep one decimal at every size.
	it('formats areas with 1 decimal', () => {
		expect(formatKm2('en', 212.63)).toBe('212.6 km²');
		expect(formatKm2('en', 1234.56)).toBe('1,234.6 km²');
	});
});

describe('formatDate', () => {
	// The article's reference date, day first, without the Ukrainian "р." suffix.
	it('formats a single date', () => {
		expect(formatDate('en', '2024-07-24')).toBe('24 July 2024');
		expect(formatDate('uk', '2024-07-24')).toBe('24 липня 2024');
	});

	// Statements dated "early June" are stored as ranges.
	it('formats a range within a month', () => {
		expect(formatDate('en', { from: '2024-06-01', to: '2024-06-10' })).toBe('1–10 June 2024');
		expect(formatDate('uk', { from: '2024-06-01', to: '2024-06-10' })).toBe('1–10 червня 2024');
	});

	// Ranges across months or years need both month names (and years).
	it('formats ranges across months and years', () => {
		expect(formatDate('en', { from: '2024-05-28', to: '2024-06-03' })).toBe('28 May – 3 June 2024');
		expect(formatDate('uk', { from: '2024-05-28', to: '2024-06-03' })).toBe(
			'28 травня – 3 червня 2024'
		);
		expect(formatDate('en', { from: '2023-12-30', to: '2024-01-02' })).toBe(
			'30 December 2023 – 2 January 2024'
		);
	});

	// A one-day range is just that day.
	it('collapses a one-day range', () => {
		expect(formatDate('en', { from: '2024-05-10', to: '2024-05-10' })).toBe('10 May 2024');
	});

	// Bad data should show as is rather than as "Invalid Date" or a crash.
	it('returns a non-ISO input unchanged', () => {
		expect(formatDate('en', 'early June')).toBe('early June');
		expect(formatDate('en', '2024-02-30')).toBe('2024-02-30');
	});
});

describe('formatters', () => {
	afterEach(() => vi.restoreAllMocks());

	/** A spy on the `Intl` constructor `name` that still builds real formatters. */
	function spyOnBuilds<K extends 'NumberFormat' | 'PluralRules' | 'DateTimeFormat'>(name: K) {
		const Original = Intl[name] as new (...args: unknown[]) => object;
		return vi.spyOn(Intl, name).mockImplementation(function (...args: unknown[]) {
			return new Original(...args);
		} as never);
	}

	// Building an Intl formatter is far slower than using one, and the page formats many numbers
	// and dates while it hydrates: each distinct formatter must be built once, then reused.
	it('builds each Intl formatter once, however many values it formats', async () => {
		vi.resetModules();
		const numberFormats = spyOnBuilds('NumberFormat');
		const pluralRules = spyOnBuilds('PluralRules');
		const dateFormats = spyOnBuilds('DateTimeFormat');
		const fresh = await import('$lib/state/i18n');
		const { loadUkrainian } = await import('$lib/state/strings/ukrainian.svelte');
		await loadUkrainian();
		const formatted = [];
		for (let day = 1; day <= 20; day++) {
			formatted.push(fresh.formatKm('uk', day), fresh.tStatements('uk', day));
			formatted.push(fresh.formatDate('uk', `2024-07-${String(day).padStart(2, '0')}`));
		}
		expect(formatted).toContain('20 липня 2024');
		expect(formatted).toContain('5 тверджень');
		expect(formatted).toContain('4,0 км');
		// Kilometres with 1 decimal, with none, and the plain count.
		expect(numberFormats).toHaveBeenCalledTimes(3);
		expect(pluralRules).toHaveBeenCalledTimes(1);
		expect(dateFormats).toHaveBeenCalledTimes(1);
	});
});
