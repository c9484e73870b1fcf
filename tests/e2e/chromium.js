// Finds Debian's Chromium and the flags it needs on a closed network. Never downloads a browser.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
	(path) => path !== ''
);

export function chromiumPath() {
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			'No Chromium found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
				'or set CHROMIUM_PATH to a Chromium or Chrome binary. End-to-end tests never download a browser.'
		);
	}
	return found;
}

/** Without the networking flags Chromium keeps calling home, which a closed network refuses. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
