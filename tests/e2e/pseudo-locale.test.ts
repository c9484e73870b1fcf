import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch } from './browser';
import { misfits } from './layout';
import { SCREENS } from './screens.js';

// The production build in the pseudo-locale: every word accented and 40 % longer, as a long translation would be.
// The pseudo catalogues are made in the browser from the English ones by a chunk the app loads only when this
// flag is in the profile's storage (src/lib/i18n/start.ts); no client downloads it, and the service worker does
// not precache it. Each screen must still fit a small phone: nothing wider than the screen, no clipped button.

const base = inject('baseUrl');
const FLAG = 'between:pseudo-locale';
const screens = [...SCREENS, '/safety-plan'];
const sizes = [
	{ width: 320, height: 568 },
	{ width: 390, height: 844 }
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

describe('layouts hold text 40 % longer', { timeout: 240_000 }, () => {
	test.each(sizes)('at $width x $height', async (viewport) => {
		const context = await browser.newContext({ viewport, locale: 'en-GB' });
		await context.addInitScript((flag) => localStorage.setItem(flag, 'on'), FLAG);
		const page = await context.newPage();
		const problems: string[] = [];
		for (const path of screens) {
			await page.goto(`${base}${path}`);
			// In the pseudo-locale, with the screen's heading drawn in it (no plain letters left in it).
			await page.waitForFunction(() => {
				const heading = document.querySelector('main h1');
				return (
					document.documentElement.lang === 'en-XA' &&
					!!heading?.textContent &&
					!/[A-Za-z]{2,}/.test(heading.textContent.replaceAll('Between', ''))
				);
			});
			problems.push(...(await misfits(page)).map((problem) => `${path}: ${problem}`));
		}
		await context.close();
		expect(problems).toEqual([]);
	});
});
