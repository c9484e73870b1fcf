// Browser contexts whose app database holds years of sample data (src/lib/sample/sample-data.ts), seeded once per
// benchmark run through the app's own database module on the bench page, and shared by every measure.
import { benchPage, newContext } from './browser.js';

/** The seed of every benchmark's data: the same records on every machine and run. */
export const SEED = 'between-bench';

/**
 * @typedef {{ counts: Record<string, number>, generateMs: number, writeMs: number, latestPhq9: string }} Seeded
 * @typedef {{ context: import('playwright-core').BrowserContext, seeded: Seeded, today: string }} Dataset
 */

/**
 * Seeds `years` of sample data ending now, in the browser's own day, offset and time zone (so Today shows
 * today's check-ins), on a page where the bench script (`betweenBench`) is loaded.
 * @param {import('playwright-core').Page} page @param {string} seed @param {number} years
 */
export async function seedSample(page, seed, years) {
	const clock = await page.evaluate(() => {
		const at = new Date();
		const pad = (/** @type {number} */ n) => String(Math.abs(n)).padStart(2, '0');
		const offset = -at.getTimezoneOffset();
		return {
			endDay: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
			endMinute: at.getHours() * 60 + at.getMinutes(),
			offset: `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`,
			timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone
		};
	});
	const seeded = /** @type {Seeded} */ (
		await page.evaluate((options) => /** @type {any} */ (window).betweenBench.seedSample(options), {
			seed,
			years,
			...clock
		})
	);
	await page.evaluate(() => /** @type {any} */ (window).betweenBench.close());
	return { seeded, clock };
}

/** @param {import('playwright-core').Browser} browser @param {string} base @param {(message: string) => void} log */
export function datasets(browser, base, log) {
	/** @type {Map<number, Promise<Dataset>>} */
	const made = new Map();

	/** @param {number} years @returns {Promise<Dataset>} */
	async function make(years) {
		const context = await newContext(browser);
		const page = await benchPage(context, base);
		const { seeded, clock } = await seedSample(page, SEED, years);
		await page.close();
		const total = Object.values(seeded.counts).reduce((a, b) => a + b, 0);
		log(
			`  ${years} years of sample data: ${total} records (${Object.entries(seeded.counts)
				.map(([table, n]) => `${n} ${table}`)
				.join(
					', '
				)}), generated in ${Math.round(seeded.generateMs)} ms, written in ${Math.round(seeded.writeMs)} ms`
		);
		return { context, seeded, today: clock.endDay };
	}

	return {
		/** The context with `years` of data, made on first use. @param {number} years */
		get(years) {
			let dataset = made.get(years);
			if (!dataset) made.set(years, (dataset = make(years)));
			return dataset;
		},
		async close() {
			for (const dataset of made.values()) await (await dataset).context.close();
		}
	};
}
