import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

/** Where the production build goes; the update test builds a second version beside the first. */
const out = process.env.BETWEEN_OUT ?? 'build';

// The app's version, which tells an open tab that a new build exists. Fixed once per build process,
// because this file is read more than once during a build and every read must agree.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
process.env.BETWEEN_VERSION ??= `${version} (${new Date().toISOString().slice(0, 16).replace('T', ' ')})`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No version on window.__svelte: nothing about the app's make-up is published, and every first load is smaller.
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		// A single-page app: every route is rendered in the browser from the one fallback page,
		// which the service worker precaches so that deep links work offline.
		adapter: adapter({ pages: out, assets: out, fallback: '200.html', precompress: true }),
		version: { name: process.env.BETWEEN_VERSION },
		// The benchmark is type-checked with the app (svelte-check in `npm run check:static`): its scripts are JS
		// with JSDoc types, its page script is TypeScript on the app's own modules. Lighthouse's own install is not.
		typescript: {
			config: (config) => {
				config.include.push('../bench/**/*.js', '../bench/**/*.ts', '../bench/**/*.svelte');
				config.exclude.push('../bench/lighthouse/**', '../bench/bare/.svelte-kit/**');
			}
		},
		// Only the app's own origin. Kit hashes its inline bootstrap script into the meta tag;
		// the static server repeats this policy as a header (scripts/serve.js).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// No inline styles but one: SvelteKit's route announcer (a visually hidden live region) carries a
				// style attribute, allowed by its hash alone. A SvelteKit update that changes it shows up as a CSP
				// violation in the end-to-end tests.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
