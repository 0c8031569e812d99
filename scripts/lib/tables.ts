/**
 * Hand-written tables the data build reads: which places, regions and labels to ship, their names,
 * and the sources and article metadata. Edit here, then run `npm run data`.
 */
import type { Article, Source } from '../../src/lib/data/schema';

export const ARTICLE_ID = 'bi-2024-07-zelenskyy-kharkiv';
export const ARTICLE_TEXT = `articles/${ARTICLE_ID}.txt`;

/** Article metadata; `title` is filled from the first line of the text. */
export const ARTICLE: Omit<Article, 'title'> = {
	id: ARTICLE_ID,
	outlet: 'Business Insider',
	language: 'en',
	published: { from: '2024-07-24', to: '2024-07-30' },
	published_note:
		'The copy carries no date. The latest date it cites is 24 July 2024 (the Ukrainian forces’ update), ' +
		'and it calls Zelenskyy’s interview with French media “Wednesday”: 24 July 2024 was a Wednesday. ' +
		'News style names the weekday only within the past week, so it was published between Wednesday ' +
		'24 and Tuesday 30 July 2024, most likely on 24 or 25 July.',
	url: null,
	text: ARTICLE_TEXT
};

/** Admin-1 units by ISO 3166-2 code, as the sources spell them. */
export const OBLASTS: Record<
	string,
	{ id: string; name_en: string; name_uk: string; name_ru?: string }
> = {
	'UA-09': { id: 'luhansk-oblast', name_en: 'Luhansk Oblast', name_uk: 'Луганська область' },
	'UA-14': { id: 'donetsk-oblast', name_en: 'Donetsk Oblast', name_uk: 'Донецька область' },
	'UA-23': {
		id: 'zaporizhzhia-oblast',
		name_en: 'Zaporizhzhia Oblast',
		name_uk: 'Запорізька область'
	},
	'UA-30': { id: 'kyiv-city', name_en: 'Kyiv City', name_uk: 'місто Київ' },
	'UA-63': { id: 'kharkiv-oblast', name_en: 'Kharkiv Oblast', name_uk: 'Харківська область' },
	'UA-65': { id: 'kherson-oblast', name_en: 'Kherson Oblast', name_uk: 'Херсонська область' },
	'RU-BEL': {
		id: 'belgorod-oblast',
		name_en: 'Belgorod Oblast',
		name_uk: 'Бєлгородська область',
		name_ru: 'Белгородская область'
	}
};

export interface PlaceRow {
	id: string;
	/** `name_en` in `places/cities.geojson`, used to find the point. */
	match: string;
	role: 'article' | 'context';
	name_uk: string;
	/** Russian places only. */
	name_ru?: string;
}

/** The places to ship, in output order: the article's four first, then context. */
export const PLACES: PlaceRow[] = [
	{ id: 'kharkiv', match: 'Kharkiv', role: 'article', name_uk: 'Харків' },
	{ id: 'belgorod', match: 'Belgorod', role: 'article', name_uk: 'Бєлгород', name_ru: 'Белгород' },
	{ id: 'pokrovsk', match: 'Pokrovsk', role: 'article', name_uk: 'Покровськ' },
	{ id: 'sloviansk', match: 'Sloviansk', role: 'article', name_uk: 'Словʼянськ' },
	{ id: 'vovchansk', match: 'Vovchansk', role: 'context', name_uk: 'Вовчанськ' },
	{ id: 'lyptsi', match: 'Lyptsi', role: 'context', name_uk: 'Липці' },
	{ id: 'strilecha', match: 'Strilecha', role: 'context', name_uk: 'Стрілеча' },
	{ id: 'ocheretyne', match: 'Ocheretyne', role: 'context', name_uk: 'Очеретине' },
	{ id: 'avdiivka', match: 'Avdiivka', role: 'context', name_uk: 'Авдіївка' },
	{ id: 'myrnohrad', match: 'Myrnohrad', role: 'context', name_uk: 'Мирноград' },
	{ id: 'kramatorsk', match: 'Kramatorsk', role: 'context', name_uk: 'Краматорськ' },
	{ id: 'chasiv-yar', match: 'Chasiv Yar', role: 'context', name_uk: 'Часів Яр' },
	{ id: 'toretsk', match: 'Toretsk', role: 'context', name_uk: 'Торецьк' },
	{ id: 'kupiansk', match: 'Kupiansk', role: 'context', name_uk: 'Купʼянськ' },
	{ id: 'izium', match: 'Izium', role: 'context', name_uk: 'Ізюм' },
	{
		id: 'shebekino',
		match: 'Shebekino',
		role: 'context',
		name_uk: 'Шебекине',
		name_ru: 'Шебекино'
	},
	{ id: 'donetsk', match: 'Donetsk', role: 'context', name_uk: 'Донецьк' },
	{ id: 'kyiv', match: 'Kyiv', role: 'context', name_uk: 'Київ' }
];

/** The oblasts the article talks about: where each outline comes from. */
export const REGIONS: { iso: string; file: 'gb' | 'ne'; source: string }[] = [
	{ iso: 'UA-63', file: 'gb', source: 'geoboundaries' },
	{ iso: 'UA-14', file: 'gb', source: 'geoboundaries' },
	{ iso: 'RU-BEL', file: 'ne', source: 'natural-earth' }
];

/** Country label anchors, placed by hand inside each country (the build checks they are). */
export const COUNTRY_LABELS: {
	id: string;
	country: string;
	name_uk: string;
	at: [number, number];
}[] = [
	{ id: 'ukraine', country: 'Ukraine', name_uk: 'Україна', at: [31.2, 49.2] },
	{ id: 'russia', country: 'Russia', name_uk: 'Росія', at: [40.6, 52.8] },
	{ id: 'belarus', country: 'Belarus', name_uk: 'Білорусь', at: [28, 53.5] }
];

/** Sea labels: `name` in `basemap/sea_labels.geojson` → id and Ukrainian name. */
export const SEA_LABELS: Record<string, { id: string; name_uk: string }> = {
	'Black Sea': { id: 'black-sea', name_uk: 'Чорне море' },
	'Sea of Azov': { id: 'sea-of-azov', name_uk: 'Азовське море' }
};

/**
 * Ukrainian names of the rivers the basemap labels around Ukraine (Natural Earth names them in
 * English only), so `lang=uk` maps read Ukrainian throughout. Rivers far from the region keep
 * their English name.
 */
export const RIVER_NAMES_UK: Record<string, string> = {
	Beisug: 'Бейсуг',
	Bityog: 'Бітюг',
	Borcea: 'Борча',
	'Bratul Chillia': 'Кілійське гирло',
	'Bratul Sfintu Gheorghe': 'Георгіївське гирло',
	'Bratul Sulina': 'Сулинське гирло',
	Bug: 'Західний Буг',
	'Bystraya Sosna': 'Бистра Сосна',
	Danube: 'Дунай',
	Desna: 'Десна',
	Dniester: 'Дністер',
	Dnipro: 'Дніпро',
	Don: 'Дон',
	Ialomita: 'Яломіца',
	Iputs: 'Іпуть',
	Khopr: 'Хопер',
	Kuban: 'Кубань',
	Mukhavyets: 'Мухавець',
	Mures: 'Муреш',
	Oka: 'Ока',
	Olt: 'Олт',
	Oskil: 'Оскіл',
	Prut: 'Прут',
	Prypiat: 'Припʼять',
	Ros: 'Рось',
	Sal: 'Сал',
	Seim: 'Сейм',
	'Siverskyi Donets': 'Сіверський Донець',
	Snov: 'Снов',
	'Southern Buh': 'Південний Буг',
	Sozh: 'Сож',
	'Sredny Yegorlyk': 'Середній Єгорлик',
	Synyukha: 'Синюха',
	Teteriv: 'Тетерів',
	'Tikhaya Sosna': 'Тиха Сосна',
	Tsna: 'Цна',
	Uzh: 'Уж',
	Voronezh: 'Воронеж'
};

/** `sources.json`; `files` lists the paths inside `geodata/` derived from each source. */
export const SOURCES: Source[] = [
	{
		id: 'natural-earth',
		name: 'Natural Earth (1:10m and 1:50m, v4.0–4.1)',
		attribution: 'Made with Natural Earth',
		licence: 'Public domain',
		url: 'https://www.naturalearthdata.com/',
		files: [
			'basemap/countries.geojson',
			'basemap/labels.geojson',
			'basemap/lakes.geojson',
			'basemap/land.geojson',
			'basemap/oblast-lines.geojson',
			'basemap/rivers.geojson',
			'basemap/urban.geojson',
			'frontline/change.geojson',
			'regions.geojson'
		]
	},
	{
		id: 'geoboundaries',
		name: 'geoBoundaries gbOpen UKR ADM1 (OpenStreetMap-derived)',
		attribution: '© OpenStreetMap contributors (via geoBoundaries)',
		licence: 'ODbL-1.0',
		url: 'https://www.geoboundaries.org/',
		files: ['basemap/border.geojson', 'basemap/oblast-lines.geojson', 'regions.geojson']
	},
	{
		id: 'geonames',
		name: 'GeoNames',
		attribution: 'GeoNames (CC BY 4.0)',
		licence: 'CC-BY-4.0',
		url: 'https://www.geonames.org/',
		files: ['places.geojson']
	},
	{
		id: 'deepstate',
		name: 'DeepStateMap.live',
		attribution: '© DeepStateMap.live',
		licence:
			'DeepStateMap.live License Agreement; redistribution not clearly granted, get permission before publishing',
		url: 'https://deepstatemap.live/',
		files: [
			'frontline/2024-05-09.geojson',
			'frontline/2024-07-24.geojson',
			'frontline/change.geojson',
			'places.geojson'
		]
	},
	{
		id: 'noto-sans',
		name: 'Noto Sans SDF glyphs (protomaps/basemaps-assets), in static/fonts/',
		attribution: 'Noto Sans, © The Noto Project Authors',
		licence: 'OFL-1.1',
		url: 'https://github.com/protomaps/basemaps-assets',
		files: []
	},
	{
		id: 'business-insider',
		name: 'Business Insider',
		attribution: 'Business Insider',
		licence: 'All rights reserved; quoted for reporting and commentary',
		url: null,
		files: ['articles.json', ARTICLE_TEXT, 'statements.json']
	}
];
