// Screens that read the client's data, with 2 and with 10 years of it. The app opens on Today (page load with a
// warm cache, as an installed app starts, to the data shown); from there each other screen is reached by a tap
// inside the running app (tap to the data shown). The floor is the same query the screen runs, through Dexie on
// the same database, without the app around it (bench/browser/bench-page.ts).
import { benchPage, tapTo, visit } from '../lib/browser.js';
import { median } from '../lib/stats.js';

/** How many years of data each figure is measured with. */
export const dataYears = [2, 10];

/**
 * @typedef {object} DataScreen
 * @property {string} name
 * @property {(dataset: import('../lib/datasets.js').Dataset) => string} path
 * @property {import('../lib/browser.js').MarkSpec} shown matches once the screen shows its data
 * @property {string} query the bench page's query that reads the same data
 * @property {(dataset: import('../lib/datasets.js').Dataset) => Record<string, string>} [params]
 */

/** The screen the app opens on. */
/** @type {DataScreen} */
export const openScreen = {
	name: 'Today',
	path: () => '/',
	// The neutral "checked in today" line keeps its space and fills in once the check-ins are read.
	shown: { selector: 'main .status', withText: true },
	query: 'today',
	params: (dataset) => ({ today: dataset.today })
};

/** Screens reached by a tap, in turn, each from the one before. A capability adds its screens here. */
/** @type {DataScreen[]} */
export const tapScreens = [
	{
		name: 'History',
		path: () => '/check-in/history',
		shown: 'main .days .entries li',
		query: 'history'
	},
	{
		name: 'PHQ-9 result',
		path: (dataset) => `/measures/results/${dataset.seeded.latestPhq9}`,
		shown: 'main #score-title',
		query: 'measureResult',
		params: (dataset) => ({ id: dataset.seeded.latestPhq9 })
	}
];

/**
 * The floors: each screen's query on the bench page, `runs` times at `cpu`, median.
 * @param {import('../run.js').BenchContext} ctx @param {import('../lib/datasets.js').Dataset} dataset
 * @param {number} cpu
 */
async function floors(ctx, dataset, cpu) {
	const bench = await benchPage(dataset.context, ctx.app, cpu);
	/** @type {Record<string, number>} */
	const found = {};
	for (const screen of [openScreen, ...tapScreens]) {
		const times = /** @type {number[]} */ (
			await bench.evaluate(
				({ query, runs, params }) => /** @type {any} */ (window).betweenBench.query(query, runs, params),
				{ query: screen.query, runs: ctx.runs, params: screen.params?.(dataset) ?? {} }
			)
		);
		found[screen.name] = median(times);
	}
	await bench.evaluate(() => /** @type {any} */ (window).betweenBench.close());
	await bench.close();
	return found;
}

/** @type {import('../run.js').Measure} */
export default {
	name: 'screens-with-data',
	title: 'Screens with years of data: loaded and rendered',
	async run(ctx) {
		/** @type {import('../run.js').Figure[]} */
		const figures = [];
		for (const years of dataYears) {
			const dataset = await ctx.data(years);
			for (const cpu of ctx.cpus) {
				/** @type {Record<string, number[]>} */
				const times = {};
				// Run 0 warms the HTTP cache and the database; it is not counted.
				for (let run = 0; run <= ctx.runs; run += 1) {
					const visited = await visit(dataset.context, ctx.app + openScreen.path(dataset), {
						cpu,
						marks: { shown: openScreen.shown }
					});
					const record = (/** @type {string} */ name, /** @type {number} */ ms) => {
						if (run > 0) (times[name] ??= []).push(ms);
					};
					record(openScreen.name, /** @type {number} */ (visited.marks.shown));
					for (const screen of tapScreens)
						record(screen.name, await tapTo(visited.page, screen.path(dataset), screen.shown));
					await visited.page.close();
				}
				const floor = await floors(ctx, dataset, cpu);
				for (const screen of [openScreen, ...tapScreens])
					figures.push({
						id: `data.${screen.query}.${years}y@${cpu}x`,
						label:
							screen === openScreen
								? `Open the app on ${screen.name}, ${years} years of data: to data shown`
								: `${screen.name}, ${years} years of data: tap to data shown`,
						unit: 'ms',
						cpu,
						stat: 'median',
						value: median(times[screen.name] ?? []),
						floor: floor[screen.name]
					});
				ctx.log(`  ${years} years at ${cpu}x CPU done`);
			}
		}
		return figures;
	}
};
