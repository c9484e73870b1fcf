// Saving a check-in, from the tap on Save to the IndexedDB transaction that stored it having committed, with
// 2 years of data already stored (DESIGN.md: p95 under 16 ms at full speed, under 100 ms at 4x CPU slowdown). The floor is a raw IndexedDB put of the same
// record in its own transaction, in the same browser, timed the same number of times.
import { budgets } from '../budgets.js';
import { benchPage, visit } from '../lib/browser.js';
import { percentile } from '../lib/stats.js';

/** Saves per CPU setting: enough for a p95 that is not just the slowest one. */
const SAVES = 20;
const YEARS = 2;

/** The check-in form's parts (src/lib/features/check-in): the mood slider, Save, and "check in again". */
const FORM = {
	ready: 'form.check-in #mood',
	mood: 'form.check-in #mood',
	save: 'form.check-in button[type="submit"]',
	again: 'section.saved button'
};

/**
 * One check-in the quickest way (a mood, then Save) and the milliseconds from the Save tap to its transaction
 * completing.
 * @param {import('playwright-core').Page} page @param {number} mood
 */
async function saveOnce(page, mood) {
	const before = await page.evaluate(() => /** @type {any} */ (window).__benchStored.length);
	await page.locator(FORM.mood).fill(String(mood));
	// Tapped where a finger would, by its place on screen: a locator's click also runs the driver's own hit-target
	// check inside the page at that moment, which forces a layout and would be counted as the app's.
	const box = await page.locator(FORM.save).boundingBox();
	if (!box) throw new Error('Save is not on screen');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await page.waitForFunction(
		(n) =>
			/** @type {any} */ (window).__benchStored
				.slice(n)
				.some((/** @type {any} */ s) => s.store === 'checkIns'),
		before,
		{ polling: 20 }
	);
	const ms = await page.evaluate((n) => {
		const w = /** @type {any} */ (window);
		const stored = w.__benchStored.slice(n).find((/** @type {any} */ s) => s.store === 'checkIns');
		const tap = w.__benchTaps.filter((/** @type {number} */ t) => t <= stored.at).at(-1);
		return { total: stored.at - tap, toPut: stored.calledAt - tap };
	}, before);
	await page.locator(FORM.again).click();
	await page.locator(FORM.ready).waitFor();
	return /** @type {{ total: number, toPut: number }} */ (ms);
}

/** @type {import('../run.js').Measure} */
export default {
	name: 'save-check-in',
	title: 'Saving a check-in: tap to stored',
	async run(ctx) {
		const dataset = await ctx.data(YEARS);
		/** @type {import('../run.js').Figure[]} */
		const figures = [];
		for (const cpu of ctx.cpus) {
			const visited = await visit(dataset.context, `${ctx.app}/check-in`, {
				cpu,
				marks: { ready: FORM.ready }
			});
			// The first save also loads the saving code; it is not counted.
			await saveOnce(visited.page, 5);
			/** @type {number[]} */
			const times = [];
			/** @type {number[]} */
			const toPut = [];
			for (let i = 0; i < SAVES; i += 1) {
				const { total, toPut: before } = await saveOnce(visited.page, i % 11);
				times.push(total);
				toPut.push(before);
			}
			await visited.page.close();

			const bench = await benchPage(dataset.context, ctx.app, cpu);
			const floor = /** @type {number[]} */ (
				await bench.evaluate(async (runs) => {
					const b = /** @type {any} */ (window).betweenBench;
					const record = await b.latestCheckIn();
					const times = await b.rawPuts(record, runs);
					b.close();
					return times;
				}, SAVES)
			);
			await bench.close();
			figures.push({
				id: `save-check-in@${cpu}x`,
				label: `Save a check-in (${YEARS} years stored): tap to stored`,
				unit: 'ms',
				cpu,
				stat: 'p95',
				value: percentile(times, 95),
				budget: budgets.saveCheckIn,
				floor: percentile(floor, 95),
				// Each save: tap to stored (of which tap to the put, the app's own work before IndexedDB), ms.
				detail: times.map((t, i) => `${t.toFixed(1)} (${(toPut[i] ?? 0).toFixed(1)})`)
			});
			ctx.log(`  ${SAVES} saves at ${cpu}x CPU done`);
		}
		return figures;
	}
};
