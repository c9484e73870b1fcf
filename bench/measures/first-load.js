// A first visit (empty cache, no service worker yet): the JS and CSS transferred (gzip) before the first render
// of every screen, and how long the first render of the main screens takes. The floor is a bare SvelteKit page
// built the same way (bench/bare).
import { firstLoad, routeNodes } from '../../scripts/first-load.js';
import { budgets } from '../budgets.js';
import { bytesBefore, newContext, visit } from '../lib/browser.js';
import { median } from '../lib/stats.js';

/** What counts as a screen's first render: its page heading is in the document. */
const RENDERED = { render: 'main h1' };

/** Budgets for particular screens' first-load JS (DESIGN.md sets one for the check-in screen). */
/** @type {Record<string, import('../budgets.js').Budget>} */
const jsBudgets = { '/check-in': budgets.checkInFirstLoadJs, '/help': budgets.checkInFirstLoadJs };

/** Screens whose first render is timed as well (bytes are counted for every screen). */
export const timedScreens = ['/', '/check-in'];

/**
 * Every screen in the build that needs no parameter (those need a record to show): its route id, for the
 * manifest, and the path to open (an optional parameter left out).
 */
const screens = () =>
	Object.keys(routeNodes('.'))
		.map((id) => ({ id, path: id.replace(/\/\[\[[^\]]+\]\]/g, '') || '/' }))
		.filter(({ path }) => !path.includes('['));

const kib = (/** @type {number} */ bytes) => bytes / 1024;

/**
 * @param {import('../run.js').BenchContext} ctx @param {string} url @param {number} cpu
 */
async function firstVisit(ctx, url, cpu) {
	const context = await newContext(ctx.browser);
	try {
		const visited = await visit(context, url, { cpu, marks: RENDERED });
		return { ms: /** @type {number} */ (visited.marks.render), ...(await bytesBefore(visited, 'render')) };
	} finally {
		await context.close();
	}
}

/** @type {import('../run.js').Measure} */
export default {
	name: 'first-load',
	title: 'First visit: bytes and time to first render',
	async run(ctx) {
		/** @type {import('../run.js').Figure[]} */
		const figures = [];
		// Bytes do not depend on the CPU or the run: one visit per screen, checked against the build's manifest.
		const bare = await firstVisit(ctx, `${ctx.bare}/`, 1);
		for (const { id, path: route } of screens()) {
			const sent = await firstVisit(ctx, ctx.app + route, 1);
			const built = firstLoad(id);
			if (Math.abs(built.js - sent.js) > 64)
				ctx.log(`  note: ${route} sent ${sent.js} B of JS, the build's manifest says ${built.js} B`);
			figures.push(
				{
					id: `first-load.js${route}`,
					label: `JS to first render of ${route}`,
					unit: 'KiB',
					stat: 'gzip',
					value: kib(sent.js),
					budget: jsBudgets[route],
					floor: kib(bare.js),
					detail: sent.files.map((f) => `${new URL(f.url).pathname} ${(f.bytes / 1024).toFixed(1)} KiB`)
				},
				{
					id: `first-load.css${route}`,
					label: `CSS to first render of ${route}`,
					unit: 'KiB',
					stat: 'gzip',
					value: kib(sent.css)
				}
			);
		}
		ctx.log(`  bytes counted for ${screens().length} screens`);

		for (const cpu of ctx.cpus) {
			/** @type {Record<string, number[]>} */
			const times = {};
			for (let run = 0; run < ctx.runs; run += 1)
				// Screens take turns within a run, so a noisy moment on the machine spreads over all of them.
				for (const { key, url } of [
					...timedScreens.map((route) => ({ key: route, url: ctx.app + route })),
					{ key: 'bare', url: `${ctx.bare}/` }
				])
					(times[key] ??= []).push((await firstVisit(ctx, url, cpu)).ms);
			for (const route of timedScreens)
				figures.push({
					id: `first-load.time${route}@${cpu}x`,
					label: `First render of ${route}, first visit`,
					unit: 'ms',
					cpu,
					stat: 'median',
					value: median(times[route] ?? []),
					floor: median(times.bare ?? [])
				});
			ctx.log(`  first renders timed at ${cpu}x CPU`);
		}
		return figures;
	}
};
