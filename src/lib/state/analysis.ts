/**
 * What the panels show about distance and focus, derived from the catalog and the geometry with
 * the functions in `$lib/geo`. Pure; the components only format the results.
 */
import type { Catalog, Entity } from '$lib/data/catalog';
import { startOf } from '$lib/data/statements';
import { occupiedOf, type AnalysisGeometry, type Areas } from '$lib/data/geometry';
import type { Axis, Statement } from '$lib/data/schema';
import {
	distanceKm,
	distanceToAreaKm,
	distanceToLineKm,
	frontShiftKm,
	gainedAreaKm2,
	type AreaDistance,
	type FrontShift
} from '$lib/geo';

export interface PlaceDistances {
	/** Great-circle km to every other article city, nearest first. */
	toPlaces: { id: string; km: number }[];
	/** km to the Russia–Ukraine border line. */
	borderKm: number;
	/** Distance to the occupied area on the chosen snapshot; null when the snapshot is empty. */
	front: AreaDistance | null;
	/** How the distance to the occupied area changed from the snapshot before; null on the first. */
	shift: FrontShift | null;
}

/**
 * Distances from a city to the other article cities, the border and the front line of the
 * snapshot on screen (`after`), and the front's shift since the snapshot before it (`before`).
 */
export function placeDistances(
	place: Entity,
	cities: Entity[],
	border: AnalysisGeometry['border'],
	after: Areas,
	before: Areas | null
): PlaceDistances {
	const [shown, earlier] = [occupiedOf(after), before && occupiedOf(before)];
	return {
		toPlaces: cities
			.filter((city) => city.id !== place.id)
			.map((city) => ({ id: city.id, km: distanceKm(place.coordinates, city.coordinates) }))
			.sort((a, b) => a.km - b.km),
		borderKm: distanceToLineKm(place.coordinates, border),
		front: distanceToAreaKm(place.coordinates, shown),
		shift: earlier ? frontShiftKm(place.coordinates, earlier, shown) : null
	};
}

export interface AxisSummary {
	axis: Axis;
	/** Statements about any place on the axis, oldest first, each once. */
	statements: Statement[];
	/** Who made them, in order of first statement. */
	speakers: string[];
	/** km² of the change polygons lying mostly in the axis's oblast (Russia's gains). */
	gainedKm2: number;
	/** Distance from the front to the axis's main city on each snapshot. */
	front: FrontShift | null;
}

/** The statements, territorial change and front distance of one axis. */
export function axisSummary(axis: Axis, catalog: Catalog, geometry: AnalysisGeometry): AxisSummary {
	const statements = catalog.statements.filter((s) =>
		s.places.some((id) => axis.places.includes(id))
	);
	const region = geometry.regions.get(axis.oblast);
	const city = catalog.byId.get(axis.main_city);
	const [before, after] = [occupiedOf(geometry.before), occupiedOf(geometry.after)];
	return {
		axis,
		statements,
		speakers: [...new Set(statements.map((s) => s.speaker.name))],
		gainedKm2: region ? gainedAreaKm2(geometry.change, region) : 0,
		front: city ? frontShiftKm(city.coordinates, before, after) : null
	};
}

export interface FocusVerdict {
	/** The axis most measures point to, or null when they split evenly. */
	axis: Axis['id'] | null;
	/** The latest date anyone was quoted about either axis. */
	latestDate: string;
	/** Each measure and the axis it points to. */
	measures: { gained: Axis['id']; closer: Axis['id']; latestStatements: Axis['id'] | null };
}

/** Quoted speech only: the article's own sentences are dated by publication, not by event. */
function spoken(summary: AxisSummary): Statement[] {
	return summary.statements.filter((s) => s.wording === 'speaker');
}

/** The latest date anyone was quoted: the article's "now". */
export function latestQuoteDate(summaries: AxisSummary[]): string {
	return summaries
		.flatMap((s) => spoken(s).map((st) => startOf(st.said_on)))
		.reduce((a, b) => (a > b ? a : b), '');
}

/**
 * Which axis the numbers point to: more area gained, the front closing in on the main city
 * faster, and more of the latest quotes (on the latest date anyone was quoted).
 */
export function focusVerdict(first: AxisSummary, second: AxisSummary): FocusVerdict {
	const latest = latestQuoteDate([first, second]);
	const latestCount = (s: AxisSummary) =>
		spoken(s).filter((st) => startOf(st.said_on) === latest).length;
	const pick = (a: number, b: number) => (a >= b ? first.axis.id : second.axis.id);
	const [lf, ls] = [latestCount(first), latestCount(second)];
	const measures = {
		gained: pick(first.gainedKm2, second.gainedKm2),
		closer: pick(first.front?.closerKm ?? 0, second.front?.closerKm ?? 0),
		latestStatements: lf === ls ? null : pick(lf, ls)
	};
	const votes = Object.values(measures).filter((v) => v !== null);
	const forSecond = votes.filter((v) => v === second.axis.id).length;
	const forFirst = votes.length - forSecond;
	return {
		axis: forSecond === forFirst ? null : forSecond > forFirst ? second.axis.id : first.axis.id,
		latestDate: latest,
		measures
	};
}
