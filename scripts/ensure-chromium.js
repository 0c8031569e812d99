// Finds the Chromium the browser tests drive, or installs Debian's package when it can.
// Fails with a message that says how to get it otherwise.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(path)) {
	const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (canInstall) {
		console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
		execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
	}
	if (!existsSync(path)) {
		console.error(
			`Browser tests need Chromium at ${path}.\n` +
				'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
		);
		process.exit(1);
	}
}
