/**
 * Geo math for Frontline Explorer: pure functions over GeoJSON and Turf, no map engine.
 * Units are in the names (`Km`, `Km2`); coordinates are `[lon, lat]` degrees (WGS84).
 */
export {
	distanceKm,
	distanceMatrixKm,
	distanceTableKm,
	distanceToLineKm,
	placesWithinKm,
	type PlacePoint
} from './distance';
export {
	areaInsideKm2,
	distanceToAreaKm,
	frontShiftKm,
	type AreaCollection,
	type AreaDistance,
	type FrontShift
} from './area';
export { pathLengthKm, rangeRing } from './ruler';
export { unionOfBoxes } from './bounds';
export { gainedAreaKm2 } from './gains';
export { areaWithinKm2 } from './sector';
