/**
 * The two axes the article compares: the Kharkiv offensive in the north-east, from Belgorod
 * across the border, and the Pokrovsk push in Donetsk oblast, with Sloviansk "not excluded".
 * Editorial grouping of place ids from geodata; every number about an axis is computed.
 */
export interface Axis {
	id: 'kharkiv' | 'pokrovsk';
	/** The city the axis is named after; its distance to the front is reported. */
	mainCity: string;
	/** The Ukrainian oblast where the axis's gains are measured. */
	oblast: string;
	/** Every place id on the axis, for its statements and highlight. */
	places: string[];
}

export const AXES: readonly [Axis, Axis] = [
	{
		id: 'kharkiv',
		mainCity: 'kharkiv',
		oblast: 'kharkiv-oblast',
		places: ['kharkiv', 'kharkiv-oblast', 'belgorod', 'belgorod-oblast']
	},
	{
		id: 'pokrovsk',
		mainCity: 'pokrovsk',
		oblast: 'donetsk-oblast',
		places: ['pokrovsk', 'sloviansk', 'donetsk-oblast']
	}
];
