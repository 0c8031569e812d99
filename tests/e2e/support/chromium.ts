/**
 * How the browser tests and the bench launch Chromium: Debian's `/usr/bin/chromium` (or
 * `CHROMIUM_PATH`) through playwright-core, WebGL through SwiftShader, no background networking
 * (this machine's closed network would refuse it, noisily).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--enable-unsafe-swiftshader'
];
