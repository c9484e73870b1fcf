// npm run bench: builds the app and the floors, serves them with the production server, measures every figure
// in measures/ in Debian's Chromium with and without 4x CPU slowdown, prints each beside its DESIGN.md budget
// and its floor, and writes bench/results.json.
//
//   npm run bench -- [--runs 3] [--lighthouse-runs 3] [--only first-load,lighthouse] [--skip lighthouse]
//                    [--no-build] [--out bench/results.json]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { judge } from './budgets.js';
import { APP_OUT, BARE_OUT, TOOLS_OUT, buildApp, buildBare, buildTools } from './lib/build.js';
import { launchBrowser } from './lib/browser.js';
import { datasets } from './lib/datasets.js';
import { table, writeJson } from './lib/report.js';
import { serveBuild, stopServer } from './lib/server.js';
import { measures } from './measures/index.js';

/**
 * @typedef {object} BenchContext
 * @property {import('playwright-core').Browser} browser
 * @property {string} app the app's base URL (production build, with the bench page at /__bench/)
 * @property {string} bare the bare SvelteKit page's base URL
 * @property {number} runs repetitions for timed figures
 * @property {number} lighthouseRuns
 * @property {number[]} cpus CPU slowdowns to measure at (1 and 4)
 * @property {(years: number) => Promise<import('./lib/datasets.js').Dataset>} data a context whose app database
 *   holds `years` of sample data, seeded once per run
 * @property {(message: string) => void} log
 * @property {Record<string, unknown>} info facts about the run that go into the JSON file
 *
 * @typedef {object} Figure
 * @property {string} id stable, for comparing result files
 * @property {string} label
 * @property {'KiB' | 'ms' | 'score' | 'x'} unit
 * @property {string} stat how `value` summarizes the runs (median, p95, gzip...)
 * @property {number} value
 * @property {number} [cpu] CPU slowdown the figure was measured at
 * @property {import('./budgets.js').Budget} [budget]
 * @property {number} [floor] the same thing done without the app, measured in the same run
 * @property {string[]} [detail] what makes up the figure (files, failing audits)
 *
 * @typedef {object} Measure
 * @property {string} name
 * @property {string} title
 * @property {(ctx: BenchContext) => Promise<Figure[]>} run
 */

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'lighthouse-runs': { type: 'string', default: '3' },
		only: { type: 'string' },
		skip: { type: 'string' },
		'no-build': { type: 'boolean', default: false },
		out: { type: 'string', default: 'bench/results.json' }
	}
});
const list = (/** @type {string | undefined} */ value) =>
	value ? value.split(',').map((s) => s.trim()) : [];
const only = list(args.only);
const skip = list(args.skip);
const chosen = measures.filter((m) => (!only.length || only.includes(m.name)) && !skip.includes(m.name));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (/** @type {string} */ message) => console.log(message);

if (!args['no-build']) {
	log(
		`Building the app into ${APP_OUT}/, the bare page into ${BARE_OUT}/, the bench page into ${TOOLS_OUT}/...`
	);
	// The app first: its build writes .svelte-kit/, whose tsconfig the bench page's build reads.
	await buildApp();
	await buildTools();
	await buildBare();
	log(`  built (${elapsed()})`);
}

const app = await serveBuild(APP_OUT, TOOLS_OUT);
const bare = await serveBuild(BARE_OUT);
const browser = await launchBrowser();
const data = datasets(browser, app.base, log);
/** @type {BenchContext} */
const ctx = {
	browser,
	app: app.base,
	bare: bare.base,
	runs: Number(args.runs),
	lighthouseRuns: Number(args['lighthouse-runs']),
	cpus: [1, 4],
	data: (years) => data.get(years),
	log,
	info: {}
};
/** @type {Figure[]} */
const figures = [];
try {
	for (const measure of chosen) {
		log(`\n${measure.title} (${measure.name})...`);
		figures.push(...(await measure.run(ctx)));
		log(`  done (${elapsed()})`);
	}
} finally {
	await data.close();
	await browser.close();
	await stopServer(app.server);
	await stopServer(bare.server);
}

const results = {
	date: new Date().toISOString(),
	chromium: browser.version(),
	machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverage: loadavg() },
	runs: ctx.runs,
	lighthouseRuns: ctx.lighthouseRuns,
	info: ctx.info,
	figures
};
writeJson(args.out, results);
log(
	`\nBetween benchmark, Chromium ${results.chromium}, ${ctx.runs} runs per timed figure, ` +
		`${results.machine.cpus} CPUs (load ${loadavg()
			.map((l) => l.toFixed(1))
			.join(
				' '
			)}). Floors: a bare SvelteKit page for bytes and first render, a raw IndexedDB put for saving, ` +
		`the same query through Dexie without the app for screens with data.\n`
);
log(table(figures));
const over = figures.filter((f) => judge(f.budget, f.cpu ?? 1, f.value)?.ok === false);
log(`\n${figures.length} figures, ${over.length} over budget. Results in ${args.out} (${elapsed()}).`);
