/**
 * Hand-written tables the data build reads for the basemap: which oblasts and labels to ship and
 * their names. The content (stories, places, snapshots, sources) is data in `geodata/`.
 */
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
