// Lighthouse 12 for the benchmark, kept out of the project's install: it weighs about 180 MB, and with it in the
// project's lockfile `npm ci` fails on a missing third-party-web (STACK.md). bench/lighthouse holds its own
// package.json and lockfile; the first benchmark run installs it there from the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.js';

const DIR = resolve('bench/lighthouse');
const MODULES = resolve(DIR, 'node_modules');

/** Installs Lighthouse into bench/lighthouse/node_modules if it is not there yet. */
export function ensureLighthouse() {
	if (existsSync(resolve(MODULES, 'lighthouse/package.json'))) return;
	console.log(
		'\nLighthouse 12 is not part of the project install (about 180 MB, see STACK.md).\n' +
			'Installing it once into bench/lighthouse/node_modules from the npm registry (git-ignored, about a minute)...'
	);
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: DIR,
		stdio: 'inherit'
	});
	if (result.status !== 0)
		throw new Error(
			'Installing Lighthouse failed (see above). Retry, or run `npm ci` in bench/lighthouse yourself; ' +
				'`npm run bench -- --skip lighthouse` runs everything else.'
		);
}

/** @param {string} path */
const load = (path) => import(pathToFileURL(resolve(MODULES, path)).href);

/**
 * Lighthouse's default (mobile) run of `url` in a fresh headless Chromium, with the three categories the
 * budgets name. Returns the scores (0-100) and the machine's benchmark index Lighthouse measured.
 * @param {string} url
 */
export async function lighthouseOnce(url) {
	const { default: lighthouse } = await load('lighthouse/core/index.js');
	const { launch } = await load('chrome-launcher/dist/index.js');
	const chrome = await launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs],
		logLevel: 'silent'
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices']
		});
		const { categories, environment, audits, runtimeError } = result.lhr;
		const scores = ['performance', 'accessibility', 'best-practices'].map((id) => categories[id]?.score);
		if (runtimeError || scores.some((score) => typeof score !== 'number'))
			throw new Error(
				`Lighthouse could not score ${url}: ${runtimeError?.message ?? 'a category has no score'}`
			);
		const score = (/** @type {string} */ id) => Math.round((categories[id]?.score ?? 0) * 100);
		/** What cost points, so a low score says why: the weighted metrics, and every failed pass/fail audit. */
		const weighted = new Set(
			Object.values(categories).flatMap((category) =>
				category.auditRefs
					.filter((/** @type {{ id: string, weight: number }} */ ref) => ref.weight > 0)
					.map((/** @type {{ id: string }} */ ref) => ref.id)
			)
		);
		const failing = Object.entries(audits)
			.filter(
				([id, audit]) =>
					weighted.has(id) &&
					typeof audit.score === 'number' &&
					audit.score < (audit.scoreDisplayMode === 'binary' ? 1 : 0.9)
			)
			.map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			benchmarkIndex: environment.benchmarkIndex,
			/** Lighthouse's simulated figures, in ms: what the Performance score is mostly made of. */
			totalBlockingTime: audits['total-blocking-time']?.numericValue ?? Number.NaN,
			largestContentfulPaint: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
			failing
		};
	} finally {
		await chrome.kill();
	}
}

/**
 * `lighthouseOnce`, tried up to three times: on a busy machine a run now and then fails to score a category.
 * @param {string} url @param {(message: string) => void} log
 */
export async function runLighthouse(url, log) {
	for (let attempt = 1; ; attempt += 1) {
		try {
			return await lighthouseOnce(url);
		} catch (error) {
			if (attempt === 3) throw error;
			log(`  ${error instanceof Error ? error.message : error}; trying again`);
		}
	}
}
