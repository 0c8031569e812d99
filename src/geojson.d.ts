declare module '*.geojson?json' {
	const collection: import('geojson').FeatureCollection;
	export default collection;
}

/** The FeatureCollection without each feature's `control` (scripts/vite/geojson-plugin.ts). */
declare module '*.geojson?points' {
	const collection: import('geojson').FeatureCollection;
	export default collection;
}

/** Each feature's `control`, by feature id (scripts/vite/geojson-plugin.ts). */
declare module '*.geojson?control' {
	const control: Record<string, Record<string, import('$lib/data/schema/places').Control>>;
	export default control;
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

/** `statements.json` without the statements' words (scripts/vite/statement-refs-plugin.ts). */
declare module '*/statements.json?refs' {
	const refs: import('$lib/data/schema/statements').StatementRef[];
	export default refs;
}
