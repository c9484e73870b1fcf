// Help now for a person in crisis on a slow phone: the time from navigation to its first tel: link being on
// screen, on a first visit, with scripts and with scripts blocked (the page is prerendered HTML that already
// holds the lines). The floor is the first contentful paint of the bare SvelteKit page in the same run.
import { newContext } from '../lib/browser.js';
import { median } from '../lib/stats.js';

/** The first call link in the page's main content. */
const FIRST_CALL = 'main a[href^="tel:"]';

/**
 * The first contentful paint of `url` on a first visit, at `cpu` slowdown. Help now's call link is in the
 * prerendered HTML, so it is on screen at that paint, with scripts or without (`link` checks it is there and
 * visible). No mark can be taken inside a page whose scripts are blocked; the paint entry is read from outside.
 * @param {import('../run.js').BenchContext} ctx @param {string} url @param {number} cpu
 * @param {{ scripts: boolean, link?: string }} how
 */
async function firstPaint(ctx, url, cpu, { scripts, link }) {
	const context = await newContext(ctx.browser, { javaScriptEnabled: scripts });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
		await page.goto(url, { waitUntil: 'load' });
		if (link && !(await page.locator(link).first().isVisible()))
			throw new Error(`${url}: no call link on screen`);
		const paint = () =>
			page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
		// A page drawn by its script may paint after "load".
		for (let waited = 0; waited < 60_000; waited += 20) {
			const at = await paint();
			if (at !== undefined) return at;
			await new Promise((done) => setTimeout(done, 20));
		}
		throw new Error(`${url}: no contentful paint`);
	} finally {
		await context.close();
	}
}

/** @type {import('../run.js').Measure} */
export default {
	name: 'help-now',
	title: 'Help now: navigation to its first call link on screen',
	async run(ctx) {
		/** @type {import('../run.js').Figure[]} */
		const figures = [];
		const help = `${ctx.app}/help`;
		for (const cpu of ctx.cpus) {
			/** @type {{ scripts: number[], none: number[], bare: number[] }} */
			const times = { scripts: [], none: [], bare: [] };
			for (let run = 0; run < ctx.runs; run += 1) {
				times.scripts.push(await firstPaint(ctx, help, cpu, { scripts: true, link: FIRST_CALL }));
				times.none.push(await firstPaint(ctx, help, cpu, { scripts: false, link: FIRST_CALL }));
				times.bare.push(await firstPaint(ctx, `${ctx.bare}/`, cpu, { scripts: true }));
			}
			for (const [key, label] of /** @type {const} */ ([
				['scripts', 'Help now, first call link on screen'],
				['none', 'Help now with scripts blocked, first call link on screen']
			]))
				figures.push({
					id: `help-now.${key}@${cpu}x`,
					label,
					unit: 'ms',
					cpu,
					stat: 'median',
					value: median(times[key]),
					floor: median(times.bare)
				});
			ctx.log(`  timed at ${cpu}x CPU`);
		}
		return figures;
	}
};
