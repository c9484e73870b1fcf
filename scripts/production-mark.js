// The mark a production build leaves (vite.config.ts), so the size check can trust a build it did not make.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRODUCTION_MARK = '.svelte-kit/output/production-build';

/** Newest modification time under the given paths (files or folders), in ms. */
function newest(/** @type {string[]} */ paths) {
	let latest = 0;
	for (const path of paths) {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) continue;
		if (stat.isDirectory())
			latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
		else latest = Math.max(latest, stat.mtimeMs);
	}
	return latest;
}

/** True when the last build was a production build and nothing it was built from changed since. */
export function hasFreshProductionBuild(root = '.') {
	const mark = statSync(join(root, PRODUCTION_MARK), { throwIfNoEntry: false });
	if (!mark) return false;
	const sources = [
		'src',
		'static',
		'manifest.webmanifest',
		'package-lock.json',
		'svelte.config.js',
		'vite.config.ts'
	];
	return mark.mtimeMs >= newest(sources.map((path) => join(root, path)));
}
