import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { PRODUCTION_MARK } from './scripts/production-mark.js';
import { defineConfig } from 'vitest/config';

/**
 * What makes a test project independent of the machine: the time zone pinned (whatever the machine's TZ), and a
 * time limit so generous it only stops a test that hangs; it is not a claim about speed, which a busy machine with
 * 2 cores does not keep.
 */
const machineFree = (zone: string) => ({ env: { TZ: zone }, testTimeout: 120_000, hookTimeout: 120_000 });
const unitTests = (zone: string) => ({
	environment: 'node' as const,
	setupFiles: ['tests/unit/setup.ts'],
	...machineFree(zone)
});

/**
 * Marks a build made with NODE_ENV=production, and removes the mark from any other (a build inside the test runner
 * runs with NODE_ENV=test and is bigger): scripts/check-size.js measures a build only when the mark is there and
 * newer than the sources, and otherwise makes its own.
 */
function productionMarker(): Plugin {
	return {
		name: 'between:production-marker',
		apply: 'build',
		closeBundle() {
			if (this.environment?.name !== 'client') return;
			if (process.env.NODE_ENV === 'production')
				writeFileSync(PRODUCTION_MARK, `${new Date().toISOString()}\n`);
			else rmSync(PRODUCTION_MARK, { force: true });
		}
	};
}

/** manifest.webmanifest at the project root is the one source of the web app manifest. */
const manifest = JSON.parse(readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'));

interface ManifestWords {
	name?: string;
	short_name?: string;
	description?: string;
	shortcuts?: { name?: string; short_name?: string; description?: string }[];
}

/**
 * The manifest in each of its `translations` (the member proposed for localised manifests, which few browsers read
 * yet), as a file of its own: `manifest.es.webmanifest`, which the page links while Spanish is on screen
 * (routes/+layout.svelte), so that installing Between from a Spanish screen names it and its shortcuts in Spanish.
 */
function translatedManifests(): Plugin {
	const { translations, ...base } = manifest as { translations: Record<string, ManifestWords> };
	return {
		name: 'between:translated-manifests',
		apply: 'build',
		generateBundle() {
			if (this.environment?.name !== 'client') return;
			for (const [lang, words] of Object.entries(translations)) {
				const shortcuts = (base as { shortcuts: object[] }).shortcuts.map((shortcut, i) => ({
					...shortcut,
					...words.shortcuts?.[i]
				}));
				const translated = { ...base, ...words, lang, shortcuts };
				this.emitFile({
					type: 'asset',
					fileName: `manifest.${lang}.webmanifest`,
					source: `${JSON.stringify(translated, null, '\t')}\n`
				});
			}
		}
	};
}

export default defineConfig({
	build: {
		// The small modules the shell draws every screen with (and the text checks every form makes) go into one
		// chunk with the Svelte runtime, rather than one tiny file each: every file costs a request and an entry in every route's preload list, which
		// counts against the check-in screen's first-load budget (scripts/check-size.js).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'shell',
							test: /src\/lib\/(ui\/(Icon\.svelte|shell-icons\.ts)|i18n\/(index|catalogue\.svelte|languages|start|en)\.ts|domain\/text-(compare|limit)\.ts)/
						},
						// The form parts the check-in shares with the other forms (worksheets, skills): one file on the
						// check-in's first load rather than one each.
						{
							name: 'form-parts',
							test: /src\/lib\/(ui\/ScaleSlider\.svelte|features\/drafts\/DraftLock\.svelte|db\/write-error\.ts)/
						}
					]
				}
			}
		}
	},
	plugins: [
		productionMarker(),
		translatedManifests(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// The app registers the worker itself (src/lib/state/updater.svelte.ts) so it can ask before updating.
			registerType: 'prompt',
			injectRegister: false,
			base: '/',
			scope: '/',
			manifest,
			manifestFilename: 'manifest.webmanifest',
			includeManifestIcons: false,
			kit: { adapterFallback: '200.html', spa: true },
			workbox: {
				// A new version waits until the client says "Update now"; nothing reloads on its own.
				skipWaiting: false,
				clientsClaim: true,
				cleanupOutdatedCaches: true,
				globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}'],
				navigateFallback: '/200.html',
				navigateFallbackDenylist: [/^\/sw\.js$/, /^\/workbox-/]
			},
			devOptions: { enabled: false }
		})
	],
	test: {
		// expect.poll waits on state (a stored row, a value on screen); its default of 1 s is a claim about speed.
		expect: { requireAssertions: true, poll: { timeout: 120_000 } },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...unitTests('UTC') }
			},
			// The domain's tests again in the two zones farthest from UTC, either side: a day, a night or a week
			// that only holds at UTC fails here.
			...['Pacific/Pago_Pago', 'Pacific/Kiritimati'].map((zone) => ({
				extends: true as const,
				test: { name: `domain ${zone}`, include: ['tests/unit/domain/**/*.test.ts'], ...unitTests(zone) }
			})),
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts'],
					...machineFree('UTC')
				}
			},
			{
				extends: true,
				test: {
					// Real Chromium against the production build (npm run test:e2e builds first). One browser and
					// server set-up for every file: tests/e2e/setup.ts. A test that visits every screen, or a hook
					// that builds the next version, takes minutes on a busy 2-core machine: the bounds only stop a hang.
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 600_000,
					hookTimeout: 600_000
				}
			}
		]
	}
});
