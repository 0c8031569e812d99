/**
 * Writes `_headers` (the Netlify / Cloudflare Pages convention) next to the built site, after
 * `vite build`: each prerendered page gets the very policy of its `<meta>` (with that page's script
 * and style hashes) plus the one directive a `<meta>` cannot carry, `frame-ancestors`: anyone may
 * frame `/embed/`, only the site itself may frame the rest. Every file gets `nosniff`.
 *
 *   tsx scripts/write-headers.ts [build directory, default $FRONTLINE_BUILD or build]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headersFile, type PagePolicy } from './lib/headers-file';

const dir = process.argv[2] ?? process.env.FRONTLINE_BUILD ?? 'build';

const pages: PagePolicy[] = readdirSync(dir, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
	.map((entry) => {
		const file = join(entry.parentPath, entry.name);
		const path = '/' + relative(dir, file).split('\\').join('/');
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
			readFileSync(file, 'utf8')
		);
		if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>`);
		return { path, policy: meta[1]! };
	})
	.sort((a, b) => (a.path < b.path ? -1 : 1));

writeFileSync(join(dir, '_headers'), headersFile(pages));
console.log(`${join(dir, '_headers')}: policies for ${pages.length} pages`);
