declare module '*.geojson?json' {
	const collection: import('geojson').FeatureCollection;
	export default collection;
}

declare module '*.geojson?properties' {
	const features: { properties: Record<string, unknown>; bbox: [number, number, number, number] }[];
	export default features;
}
