// The Progress screen with 2 and 10 years of data, everything in range ('?range=all', its most points): a tap
// from Today to every chart drawn (the section stack shown and no canvas left without its data-points). The
// floor is chart.js alone drawing the same aggregated data on canvases of the same size (bench-page.ts
// `progress`); the reads and the aggregation it did first are given beside it. DESIGN.md's budgets: under
// 300 ms (under 1 s at 4x), no more than 1.3x the floor, and 10 years within 1.5x of 2 years.
import { benchPage, tapTo, visit } from '../lib/browser.js';
import { median } from '../lib/stats.js';
import { budgets } from '../budgets.js';
import { openScreen } from './screens-with-data.js';

const RANGE = 'all';
/** Every chart drawn: a canvas in the stack has its points, and none is still waiting for chart.js. */
const DRAWN = { selector: 'main .stack canvas[data-points]', none: 'main canvas:not([data-points])' };

/** @type {import('../run.js').Measure} */
export default {
	name: 'progress',
	title: 'Progress with years of data: tap to every chart drawn',
	async run(ctx) {
		/** @type {import('../run.js').Figure[]} */
		const figures = [];
		/** @type {Record<string, number>} */
		const twoYears = {};
		for (const years of [2, 10]) {
			const dataset = await ctx.data(years);
			for (const cpu of ctx.cpus) {
				/** @type {number[]} */
				const times = [];
				let width = 0;
				let charts = 0;
				// Run 0 warms the HTTP cache (chart.js's chunk included) and the database; it is not counted.
				for (let run = 0; run <= ctx.runs; run += 1) {
					const visited = await visit(dataset.context, ctx.app + openScreen.path(dataset), {
						cpu,
						marks: { shown: openScreen.shown }
					});
					const ms = await tapTo(visited.page, `/progress?range=${RANGE}`, DRAWN);
					if (run > 0) times.push(ms);
					({ width, charts } = await visited.page.evaluate(() => ({
						width: document.querySelector('main canvas')?.clientWidth ?? 0,
						charts: document.querySelectorAll('main canvas').length
					})));
					await visited.page.close();
				}
				// The floor, once per fresh page like the app's own first drawing (run 0 warms the cache, not counted).
				/** @type {{ load: number[], draw: number[] }} */
				const floor = { load: [], draw: [] };
				for (let run = 0; run <= ctx.runs; run += 1) {
					const bench = await benchPage(dataset.context, ctx.app, cpu);
					const once = /** @type {{ load: number, draw: number }} */ (
						await bench.evaluate((params) => /** @type {any} */ (window).betweenBench.progress(params), {
							today: dataset.today,
							range: RANGE,
							width
						})
					);
					await bench.evaluate(() => /** @type {any} */ (window).betweenBench.close());
					await bench.close();
					if (run > 0) {
						floor.load.push(once.load);
						floor.draw.push(once.draw);
					}
				}
				const value = median(times);
				const draw = median(floor.draw);
				if (years === 2) twoYears[cpu] = value;
				figures.push({
					id: `progress.${RANGE}.${years}y@${cpu}x`,
					label: `Progress, ${years} years of data, everything: tap to ${charts} charts drawn`,
					unit: 'ms',
					cpu,
					stat: 'median',
					value,
					floor: draw,
					...(years === 2 ? { budget: budgets.progressTwoYears } : {}),
					detail: [
						`floor: chart.js drawing the same data ${draw.toFixed(1)} ms, after reading and aggregating it ` +
							`${median(floor.load).toFixed(1)} ms`
					]
				});
				figures.push({
					id: `progress.${RANGE}.${years}y@${cpu}x.vs-floor`,
					label: `Progress, ${years} years: times the chart.js floor`,
					unit: 'x',
					cpu,
					stat: 'ratio',
					value: value / draw,
					budget: budgets.progressVsFloor
				});
				if (years === 10)
					figures.push({
						id: `progress.${RANGE}.10y@${cpu}x.vs-2y`,
						label: 'Progress, 10 years: times its 2-year time',
						unit: 'x',
						cpu,
						stat: 'ratio',
						value: value / (twoYears[cpu] ?? Number.NaN),
						budget: budgets.progressTenVsTwo
					});
				ctx.log(`  ${years} years at ${cpu}x CPU done`);
			}
		}
		return figures;
	}
};
