import * as v from 'valibot';
import type { LayerSpec } from '../schema/files';
import { errorLine, FILE, isObject, issueField, issueProblem, recordId } from './format';
import { checkGeometry } from './geojson';

/** Checks a parsed GeoJSON layer: a FeatureCollection whose features match `spec`. */
export function checkLayer(file: string, json: unknown, spec: LayerSpec): string[] {
	if (!isObject(json) || json.type !== 'FeatureCollection') {
		return [errorLine(file, FILE, 'type', 'expected a FeatureCollection')];
	}
	if (!Array.isArray(json.features)) {
		return [errorLine(file, FILE, 'features', 'expected an array')];
	}
	return json.features.flatMap((feature, index) => checkFeature(file, feature, index, spec));
}

function checkFeature(file: string, feature: unknown, index: number, spec: LayerSpec): string[] {
	const id = recordId(feature, index);
	if (!isObject(feature) || feature.type !== 'Feature') {
		return [errorLine(file, id, 'type', 'expected a Feature')];
	}
	const geometry = checkGeometry(feature.geometry, spec.geometry).map(({ field, problem }) =>
		errorLine(file, id, field, problem)
	);
	const result = v.safeParse(spec.properties, feature.properties);
	const properties = result.success
		? []
		: result.issues.map((issue) =>
				errorLine(file, id, issueField(issue, 'properties'), issueProblem(issue))
			);
	return [...geometry, ...properties];
}

/** The `properties.id` of every feature of a parsed layer that has one. */
export function featureIds(json: unknown): string[] {
	if (!isObject(json) || !Array.isArray(json.features)) return [];
	return json.features.flatMap((feature: unknown) => {
		const properties = isObject(feature) ? feature.properties : null;
		return isObject(properties) && typeof properties.id === 'string' ? [properties.id] : [];
	});
}
