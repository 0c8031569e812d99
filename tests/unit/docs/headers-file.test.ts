import { describe, expect, it } from 'vitest';
import { headersFile } from '../../../scripts/lib/headers-file';

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
const file = headersFile([
	{ path: '/embed/index.html', policy },
	{ path: '/index.html', policy }
]);
const rule = (path: string) => new RegExp(`^${path.replace(/[.*]/g, '\\$&')}\n  (.+)$`, 'm');

describe('the _headers file', () => {
	// Anyone may embed /embed/; the full page may only be framed by the site itself (clickjacking).
	it('lets anyone frame the embed and only the site frame the full page', () => {
		expect(rule('/embed/').exec(file)?.[1]).toBe(
			`Content-Security-Policy: ${policy}; frame-ancestors *`
		);
		expect(rule('/').exec(file)?.[1]).toBe(
			`Content-Security-Policy: ${policy}; frame-ancestors 'self'`
		);
	});

	// Hosts merge every matching rule: a policy on a wildcard rule would be enforced twice.
	it('puts the policy only on exact paths and nosniff on every file', () => {
		expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n\n/);
		expect(file.match(/Content-Security-Policy/g)).toHaveLength(4);
		expect(file).not.toMatch(/\*\n {2}Content-Security-Policy/);
	});
});
