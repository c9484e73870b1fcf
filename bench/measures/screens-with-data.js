// Screens that read the client's data, with 2 and with 10 years of it: opening the app on Today (page load to
// data shown), and tapping through to each screen inside the running app (tap to data shown). The floor is the
// same query the screen runs, through Dexie on the same database, without the app around it.
import { benchPage, tapTo, visit } from '../lib/browser.js';
import { median } from '../lib/stats.js';

/** How many years of data each figure is measured with. */
export const dataYears = [2, 10];

/**
 * The screens, each with the selector that shows its data is on screen, and the bench page's query that reads
 * the same data (bench/browser/bench-page.ts). A capability adds its screens here.
 * @type {{ name: string, path: (seeded: import('../lib/datasets.js').Seeded) => string,
 *   shown: import('../lib/browser.js').MarkSpec, query: string,
 *   params?: (dataset: import('../lib/datasets.js').Dataset) => Record<string, string> }[]}
 */
export const dataScreens = [
	{
		name: 'Today',
		path: () => '/',
		// The neutral "checked in today" line keeps its space and fills in once the check-ins are read.
		shown: { selector: 'main .status', withText: true },
		query: 'today',
		params: (dataset) => ({ today: dataset.today })
	},
	{
		name: 'History',
		path: () => '/check-in/history',
		shown: 'main .days .entries li',
		query: 'history'
	},
	{
		name: 'PHQ-9 result',
		path: (seeded) => `/measures/results/${seeded.latestPhq9}`,
		shown: 'main #score-title',
		query: 'measureResult',
		params: (dataset) => ({ id: dataset.seeded.latestPhq9 })
	}
];

/** A screen without data to start each tap from. */
const START = { path: '/more', shown: { selector: 'main h1', fresh: true } };

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
				const opened = { today: [], ...Object.fromEntries(dataScreens.map((s) => [s.name, []])) };
				const today = /** @type {typeof dataScreens[number]} */ (dataScreens[0]);
				for (let run = 0; run <= ctx.runs; run += 1) {
					// Opening the app on Today: a page load with a warm cache, as an installed app starts.
					const visited = await visit(dataset.context, ctx.app + today.path(dataset.seeded), {
						cpu,
						marks: { shown: today.shown }
					});
					// Run 0 warms the cache and the database; it is not counted.
					if (run > 0) opened.today?.push(/** @type {number} */ (visited.marks.shown));
					for (const screen of dataScreens) {
						await tapTo(visited.page, START.path, START.shown);
						const ms = await tapTo(visited.page, screen.path(dataset.seeded), screen.shown);
						if (run > 0) opened[screen.name]?.push(ms);
					}
					await visited.page.close();
				}
				const bench = await benchPage(dataset.context, ctx.app, cpu);
				/** @type {Record<string, number>} */
				const floors = {};
				for (const screen of dataScreens) {
					const times = /** @type {number[]} */ (
						await bench.evaluate(
							({ query, runs, params }) =>
								/** @type {any} */ (window).betweenBench.query(query, runs, params),
							{ query: screen.query, runs: ctx.runs, params: screen.params?.(dataset) ?? {} }
						)
					);
					floors[screen.name] = median(times);
				}
				await bench.evaluate(() => /** @type {any} */ (window).betweenBench.close());
				await bench.close();
				figures.push({
					id: `data.open-today.${years}y@${cpu}x`,
					label: `Open the app on Today, ${years} years of data: load to data shown`,
					unit: 'ms',
					cpu,
					stat: 'median',
					value: median(opened.today ?? []),
					floor: floors[today.name]
				});
				for (const screen of dataScreens)
					figures.push({
						id: `data.${screen.query}.${years}y@${cpu}x`,
						label: `${screen.name}, ${years} years of data: tap to data shown`,
						unit: 'ms',
						cpu,
						stat: 'median',
						value: median(opened[screen.name] ?? []),
						floor: floors[screen.name]
					});
				ctx.log(`  ${years} years at ${cpu}x CPU done`);
			}
		}
		return figures;
	}
};
