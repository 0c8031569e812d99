/** How a statement reached the article, and what kind of statement it is. */

const STOP = String.raw`[^,.;:“”"]+?(?=\s+(?:on|in|at|that|he|she|they|as)\b|[,.;:“”"]|$)`;
const VIA_PATTERNS: RegExp[] = [
	new RegExp(
		String.raw`\b(?:according to|per|citing)\s+(?:a|an|the)\s+((?:translation|report|transcript|statement)\s+(?:by|from|of|in)\s+${STOP})`,
		'i'
	),
	new RegExp(String.raw`\bin an? ((?:interview|conversation) with\s+${STOP})`, 'i'),
	new RegExp(String.raw`\b(?:told|speaking to|spoke to)\s+(?:the\s+)?(${STOP})`, 'i'),
	/\bin an? ((?:[\p{L}-]+\s+)?(?:post|statement|video|update|briefing|interview|address))\b/iu
];

/** The first "according to a translation by …", "in an interview with …", "told …" or "in a … post" in `frame`. */
export function findVia(frame: string): string | null {
	for (const pattern of VIA_PATTERNS) {
		const match = pattern.exec(frame);
		if (match?.[1]) return match[1].trim();
	}
	return null;
}

export type StatementKind = 'claim' | 'denial' | 'report' | 'estimate';

/** "denied" gives a denial, "estimated" an estimate, "reportedly" a report; else a claim. */
export function kindOf(frame: string): StatementKind {
	if (/\b(den(y|ies|ied)|refut\w*|reject\w*)\b/i.test(frame)) return 'denial';
	if (/\bestimat\w*\b/i.test(frame)) return 'estimate';
	if (/\b(reportedly|reported)\b/i.test(frame)) return 'report';
	return 'claim';
}
