/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages) the way those hosts apply it: every rule
 * whose path matches the request adds its headers; `*` at the end of a path matches any rest.
 */
export type HeaderRules = { path: string; headers: [string, string][] }[];

export function parseHeadersFile(text: string): HeaderRules {
	const rules: HeaderRules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers.push([name!.trim(), value.join(':').trim()]);
		}
	}
	return rules;
}

export function headersFor(rules: HeaderRules, pathname: string): [string, string][] {
	return rules
		.filter(({ path }) =>
			path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path
		)
		.flatMap(({ headers }) => headers);
}
