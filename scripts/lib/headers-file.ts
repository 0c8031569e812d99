/** The `_headers` file's content: see scripts/write-headers.ts. */

export interface PagePolicy {
	/** The page's file under the site root, e.g. `/embed/index.html`. */
	path: string;
	/** The policy of its `<meta http-equiv="content-security-policy">`. */
	policy: string;
}

/** Who may put a page in a frame: anyone for the embed, only the site itself otherwise. */
function frameAncestors(path: string): string {
	return path.startsWith('/embed/') ? '*' : "'self'";
}

/** The URL paths a page answers on: `/embed/index.html` is also `/embed/`. */
function urlPaths(path: string): string[] {
	return path.endsWith('/index.html') ? [path.slice(0, -'index.html'.length), path] : [path];
}

/**
 * One rule per URL path, each naming the full policy, so that no two rules match one path (both
 * hosts merge the headers of every matching rule, which would enforce two policies at once).
 */
export function headersFile(pages: PagePolicy[]): string {
	const rules = ['/*\n  X-Content-Type-Options: nosniff'];
	for (const { path, policy } of pages) {
		const header = `${policy.trim().replace(/;?$/, '')}; frame-ancestors ${frameAncestors(path)}`;
		for (const url of urlPaths(path)) rules.push(`${url}\n  Content-Security-Policy: ${header}`);
	}
	return rules.join('\n\n') + '\n';
}
