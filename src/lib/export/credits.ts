/**
 * The credits every export carries: each data source with its licence, and the article the
 * statements are quoted from. Pure: no DOM, no Svelte.
 */
import type { Catalog } from '$lib/data/catalog';
import type { DateOrRange } from '$lib/data/schema/primitives';

export interface SourceCredit {
	id: string;
	name: string;
	attribution: string;
	licence: string;
	url: string | null;
}

export interface ArticleCredit {
	id: string;
	title: string;
	outlet: string;
	url: string | null;
	/** The publication day, or the range it must have been published in. */
	published: DateOrRange;
	/** How `published` was worked out; null where the data gives no note. */
	published_note: string | null;
}

export interface Credits {
	sources: SourceCredit[];
	articles: ArticleCredit[];
}

/** Every source and article of `catalog`, in catalog order. */
export function creditsOf(catalog: Catalog): Credits {
	return {
		sources: catalog.sources.map(({ id, name, attribution, licence, url }) => ({
			id,
			name,
			attribution,
			licence,
			url
		})),
		articles: [...catalog.articles.values()].map(
			({ id, title, outlet, url, published, published_note }) => ({
				id,
				title,
				outlet,
				url,
				published,
				published_note: published_note ?? null
			})
		)
	};
}

/** One plain-text line per credit: `Made with Natural Earth — Natural Earth (…); licence: Public domain; https://…`. */
export function creditLines(credits: Credits): string[] {
	return [
		...credits.articles.map((a) => `Article: ${a.title} — ${a.outlet}${a.url ? `; ${a.url}` : ''}`),
		...credits.sources.map(
			(s) => `${s.attribution} — ${s.name}; licence: ${s.licence}${s.url ? `; ${s.url}` : ''}`
		)
	];
}
