/** Who said a quote: the attribution around it, pronouns and role nouns resolved to people named before. */
import type { PersonMention } from './text';

interface Speaker {
	name: string;
	role: string | null;
	span: [number, number] | null;
}

export interface Attribution {
	speaker: Speaker | null;
	cue: string | null;
	/** Where the cue verb is, to pick the date nearest to it. */
	cueAt: number | null;
	/** "he added": the quote continues the previous speaker's remarks. */
	continuation: boolean;
}

const CUES =
	'said|says|say|added|adds|told|tells|stated|states|wrote|writes|denied|denies|claimed|claims|' +
	'estimated|insisted|warned|explained|continued|responded|noted|announced|called|described|' +
	'argued|asked|replied|declared|acknowledged|as saying|saying';
const NP = String.raw`((?:the |a |an )?[\p{L}’'.\- ]{1,120}?)`;
const AFTER_INVERTED = new RegExp(
	String.raw`^[\s,]*(${CUES})\s+(?!that\b)${NP}\s*(?=[,.;]|$|\s(?:on|in|at|according|per|as|who)\b)`,
	'iu'
);
const AFTER_NORMAL = new RegExp(
	String.raw`^[\s,]*${NP}\s+(?:has |have |had |also |then |later )*(${CUES})\b`,
	'iu'
);
const BEFORE = new RegExp(
	String.raw`(?:^|[,;:]\s|\b(?:and|but|while|as)\s)${NP}\s+(?:has |have |had |also |then |later |is |was )*(${CUES})\b(?!.*\b(?:${CUES})\b)`,
	'iu'
);
const ACCORDING = /\b(?:according to|per)\s+((?:the |a |an )?[^,.;“”"]{2,60})/iu;
const APPOSITION = /^,\s*((?:its|his|her|their|the|a|an)\s+[\p{Ll}\s-]{3,40}),/u;
const PRONOUNS = /^(he|she|they|we|i)$/i;
const MEDIUM =
	/^(?:the |a |an )?(translation|report|statement|transcript|interview|post|video|update|briefing)\b/i;

/** How the article introduced each person: the words before the name (a title) or an apposition after it. */
export function rolesOf(text: string, people: PersonMention[]): Map<string, string> {
	const roles = new Map<string, string>();
	for (const p of people) {
		if (roles.has(p.name)) continue;
		const before =
			/(?:^|[,;(]\s*|\b(?:and|that|by)\s+|\n)((?:[\p{Lu}][\p{L}’'.-]*\s+|(?:top|chief|senior|former)\s+)*(?:[\p{Lu}][\p{L}.-]*|spokes\w+|minister|leader|official))\s+$/u.exec(
				text.slice(Math.max(0, p.start - 80), p.start)
			);
		const after = APPOSITION.exec(text.slice(p.end, p.end + 60));
		const role = after?.[1] ?? before?.[1];
		if (role && !/^(the|a|an|in|on|said)$/i.test(role.trim())) roles.set(p.name, role.trim());
	}
	return roles;
}

function clean(np: string): string {
	return np
		.replace(/^(?:and|but|while|as|then|which|who|that)\s+/i, '')
		.replace(/[’']s$/, '')
		.trim();
}

/** The person (full name) a name, surname or pronoun refers to, from people named before `at`. */
function personFor(np: string, at: number, people: PersonMention[]): PersonMention | null {
	const before = people.filter((p) => p.start < at);
	if (PRONOUNS.test(np)) return before[before.length - 1] ?? null;
	const inside = before.filter((p) => np.includes(p.name));
	if (inside.length > 0) return inside[inside.length - 1]!;
	const last = np.split(/\s+/).pop() ?? '';
	const bySurname = people.filter((p) => p.name.split(/\s+/).pop() === last && p.name !== last);
	return bySurname[0] ?? people.find((p) => p.name === np) ?? null;
}

/** A singular role noun ("the Kremlin spokesman", "Ukraine's commander-in-chief") names the last matching person. */
function personForRole(
	np: string,
	at: number,
	people: PersonMention[],
	roles: Map<string, string>
) {
	if (!/^(the |[\p{Lu}][\p{L}]*[’']s )/iu.test(np) || /^\p{Lu}/u.test(np.split(/\s+/).pop() ?? ''))
		return null;
	const head = (np.split(/\s+/).pop() ?? '').toLowerCase();
	if (head.endsWith('s') && !head.endsWith('ss')) return null;
	const before = people.filter((p) => p.start < at);
	const byRole = before.filter((p) => roles.get(p.name)?.toLowerCase().includes(head));
	return byRole[byRole.length - 1] ?? before[before.length - 1] ?? null;
}

function toSpeaker(
	rawNp: string,
	npStart: number,
	people: PersonMention[],
	roles: Map<string, string>,
	apposition: string | null
): Speaker | null {
	const np = clean(rawNp);
	if (np === '' || MEDIUM.test(np)) return null;
	const person =
		personFor(np, npStart + rawNp.length, people) ?? personForRole(np, npStart, people, roles);
	const span: [number, number] = [
		npStart + rawNp.indexOf(np),
		npStart + rawNp.indexOf(np) + np.length
	];
	if (!person) return { name: np.replace(/^(?:a|an)\s+/i, ''), role: apposition, span };
	const titled = np.includes(person.name) ? np.replace(person.name, '').trim() : '';
	const role = apposition ?? (titled.length > 1 ? titled : null) ?? roles.get(person.name) ?? null;
	return { name: person.name, role, span };
}

/**
 * Reads the attribution of the quote at `outer` from the sentence around it, whose other quotes are
 * blanked in `frame`: first right after the quote ("…," said X / "…," X said), then before it
 * (X said … "…"), then "according to X" / "per X" anywhere in the sentence.
 */
export function attribute(
	frame: string,
	frameStart: number,
	outer: [number, number],
	people: PersonMention[],
	roles: Map<string, string>
): Attribution {
	const afterStart = outer[1] - frameStart;
	const after = frame.slice(afterStart);
	const inverted = AFTER_INVERTED.exec(after);
	if (inverted) {
		const npAt = frameStart + afterStart + inverted[0].lastIndexOf(inverted[2]!);
		const rest = frame.slice(npAt - frameStart + inverted[2]!.length);
		const speaker = toSpeaker(
			inverted[2]!,
			npAt,
			people,
			roles,
			APPOSITION.exec(rest)?.[1] ?? null
		);
		if (speaker)
			return found(speaker, inverted[1]!, frameStart + afterStart + inverted.index, inverted[2]!);
	}
	const normal = AFTER_NORMAL.exec(after);
	if (normal) {
		const npAt = frameStart + afterStart + normal[0].indexOf(normal[1]!);
		const speaker = toSpeaker(normal[1]!, npAt, people, roles, null);
		if (speaker) return found(speaker, normal[2]!, npAt + normal[1]!.length, normal[1]!);
	}
	const beforeText = frame.slice(0, outer[0] - frameStart);
	const before = BEFORE.exec(beforeText);
	if (before) {
		const npAt = frameStart + before.index + before[0].indexOf(before[1]!);
		const speaker = toSpeaker(before[1]!, npAt, people, roles, null);
		if (speaker) return found(speaker, before[2]!, npAt + before[1]!.length, before[1]!);
	}
	const according = ACCORDING.exec(frame);
	if (according && !MEDIUM.test(according[1]!)) {
		const npAt = frameStart + according.index + according[0].indexOf(according[1]!);
		const speaker = toSpeaker(according[1]!, npAt, people, roles, null);
		if (speaker) return found(speaker, 'according to', npAt, according[1]!);
	}
	return { speaker: null, cue: null, cueAt: null, continuation: false };
}

function found(speaker: Speaker, cue: string, cueAt: number, np: string): Attribution {
	const continuation = PRONOUNS.test(clean(np)) || /^add/i.test(cue);
	return { speaker, cue: cue.toLowerCase(), cueAt, continuation };
}
