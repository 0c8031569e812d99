declare module '*.geojson?json' {
	const collection: import('geojson').FeatureCollection;
	export default collection;
}

declare module '*.geojson?properties' {
	const features: { properties: Record<string, unknown>; bbox: [number, number, number, number] }[];
	export default features;
}

/** The URL of a snapshot merged with the regions and the change (scripts/vite/map-overlays-plugin.ts). */
declare module '*.geojson?map-overlays' {
	const url: string;
	export default url;
}
