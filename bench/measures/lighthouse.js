// Lighthouse 12 mobile (its simulated slow 4G and 4x CPU) over the main screens. The floor is the bare
// SvelteKit page in the same run: if even that scores low, the machine is busy, not the app slow.
import { budgets } from '../budgets.js';
import { ensureLighthouse, runLighthouse } from '../lib/lighthouse.js';
import { median } from '../lib/stats.js';

/** The main screens Lighthouse checks; a capability adds its own. */
export const lighthouseScreens = [
	'/',
	'/check-in',
	'/check-in/history',
	'/measures',
	'/help',
	'/skills',
	'/safety-plan'
];

const categories = /** @type {const} */ ([
	['performance', 'Performance', budgets.lighthousePerformance],
	['accessibility', 'Accessibility', budgets.lighthouseAccessibility],
	['bestPractices', 'Best practices', budgets.lighthouseBestPractices]
]);

/** @typedef {'performance' | 'accessibility' | 'bestPractices' | 'totalBlockingTime' | 'largestContentfulPaint'} Metric */

/** The metrics behind the Performance score, beside it. */
const timings = /** @type {const} */ ([
	['totalBlockingTime', 'total blocking time'],
	['largestContentfulPaint', 'largest contentful paint']
]);

/** @type {import('../run.js').Measure} */
export default {
	name: 'lighthouse',
	title: 'Lighthouse 12, mobile',
	async run(ctx) {
		ensureLighthouse();
		const targets = [
			...lighthouseScreens.map((route) => ({ key: route, url: ctx.app + route })),
			{ key: 'bare', url: `${ctx.bare}/` }
		];
		/** @type {Map<string, Awaited<ReturnType<typeof runLighthouse>>[]>} */
		const results = new Map(targets.map(({ key }) => [key, []]));
		for (let run = 0; run < ctx.lighthouseRuns; run += 1)
			for (const { key, url } of targets) {
				const result = await runLighthouse(url, ctx.log);
				results.get(key)?.push(result);
				ctx.log(
					`  ${key}: ${result.performance} / ${result.accessibility} / ${result.bestPractices}` +
						(result.failing.length ? `  (below 90: ${result.failing.join(', ')})` : '')
				);
			}
		const bare = results.get('bare') ?? [];
		/** @type {import('../run.js').Figure[]} */
		const figures = [];
		for (const route of lighthouseScreens) {
			const runs = results.get(route) ?? [];
			const figure = (/** @type {Metric} */ key, /** @type {string} */ name) => ({
				id: `lighthouse.${key}${route}`,
				label: `Lighthouse ${name}, ${route}`,
				unit: /** @type {const} */ ('score'),
				stat: ctx.lighthouseRuns > 1 ? 'median' : 'one run',
				value: median(runs.map((r) => r[key])),
				floor: median(bare.map((r) => r[key]))
			});
			for (const [key, name] of timings) figures.push({ ...figure(key, name), unit: 'ms' });
			for (const [key, name, budget] of categories)
				figures.push({ ...figure(key, name), budget, detail: runs.flatMap((r) => r.failing) });
		}
		ctx.info.lighthouseBenchmarkIndex = median(bare.map((r) => r.benchmarkIndex));
		return figures;
	}
};
