/** Dates in attributions ("on Wednesday", "on July 17", "in early June", "last week"), from chrono-node. */
import * as chrono from 'chrono-node';

type SaidOn = string | { from: string; to: string };

export interface DateMention {
	said_on: SaidOn;
	date_text: string;
	start: number;
	end: number;
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);

function monthRange(
	year: number,
	month: number,
	part: string | undefined
): { from: string; to: string } {
	const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const [first, end] =
		part === 'early'
			? [1, 10]
			: part === 'mid'
				? [11, 20]
				: part === 'late'
					? [21, last]
					: [1, last];
	return {
		from: iso(new Date(Date.UTC(year, month, first))),
		to: iso(new Date(Date.UTC(year, month, end)))
	};
}

/** Moves a date chrono placed after publication back by a week (weekday) or a year (month, day). */
function notAfter(date: Date, published: Date, weekdayOnly: boolean): Date {
	let d = date;
	while (d.getTime() > published.getTime()) {
		d = weekdayOnly
			? addDays(d, -7)
			: new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
	}
	return d;
}

function clampRange(range: { from: string; to: string }, published: string) {
	return range.to > published ? { from: range.from, to: published } : range;
}

/**
 * Every date expression in `text`, resolved against the publication day, never after it.
 * @param offset added to each mention's start and end (the text's position in the article)
 */
export function findDates(text: string, published: string, offset = 0): DateMention[] {
	const ref = new Date(`${published}T12:00:00Z`);
	const results = chrono.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
	const mentions: DateMention[] = [];
	for (const r of results) {
		if (/^(?:right )?now$/i.test(r.text.trim())) continue;
		const lead = /(?:\b(?:in|on|since|by|earlier)\s+)?(?:(early|mid|late)[- ]?\s*)?$/i.exec(
			text.slice(0, r.index)
		);
		const start = r.index - (lead?.[0].length ?? 0);
		const end = r.index + r.text.replace(/[\s,.;:]+$/, '').length;
		const part = lead?.[1]?.toLowerCase();
		const date = r.start.date();
		let said_on: SaidOn;
		if (/\blast week\b/i.test(r.text)) {
			const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) - 7);
			said_on = { from: iso(monday), to: iso(addDays(monday, 6)) };
		} else if (
			!r.start.isCertain('day') &&
			r.start.isCertain('month') &&
			!r.start.isCertain('weekday')
		) {
			const d = notAfter(date, ref, false);
			said_on = clampRange(monthRange(d.getUTCFullYear(), d.getUTCMonth(), part), published);
		} else {
			said_on = iso(notAfter(date, ref, !r.start.isCertain('month')));
		}
		mentions.push({
			said_on,
			date_text: text.slice(start, end),
			start: start + offset,
			end: end + offset
		});
	}
	return mentions;
}
