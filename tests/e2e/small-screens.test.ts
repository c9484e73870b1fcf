import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { linesOf, misfits } from './layout';
import { useBrowser } from './setup';
import { SCREENS } from './screens.js';

// Every screen on a small phone and with large text: nothing scrolls sideways, Help now and the navigation labels
// stay whole and apart, nothing at the end of a screen hides behind the navigation, and on the check-in the Save
// bar covers neither the mood line nor whatever the keyboard moves to.
//
// Large text is the browser's own text-size setting (its default font size, as a person sets it), doubled.

const { base, newContext } = useBrowser();

const screens = [...SCREENS, '/safety-plan'];

const sizes = [
	{ name: '320 x 568', viewport: { width: 320, height: 568 }, text: 16 },
	{ name: '360 x 640', viewport: { width: 360, height: 640 }, text: 16 },
	{ name: '390 x 844 at 200 % text', viewport: { width: 390, height: 844 }, text: 32 },
	{ name: '320 x 568 at 200 % text', viewport: { width: 320, height: 568 }, text: 32 }
];

async function openAt(size: (typeof sizes)[number]): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext({ viewport: size.viewport });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: size.text } });
	return { context, page };
}

/** Screen is drawn: its heading, then two frames, by which the navigation's size has reached the page. */
async function shown(page: Page, path: string) {
	await page.goto(`${base}${path}`);
	await page.locator('main h1').first().waitFor();
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Labels of the bottom navigation that share a row and touch or overlap, by name. */
const crowdedLabels = (page: Page) =>
	page.evaluate(() => {
		const labels = [...document.querySelectorAll('nav[aria-label="Main"] a span')].map((span) => ({
			name: span.textContent ?? '',
			box: span.getBoundingClientRect()
		}));
		const crowded: string[] = [];
		for (const [i, a] of labels.entries())
			for (const b of labels.slice(i + 1)) {
				const sameRow = a.box.top < b.box.bottom && b.box.top < a.box.bottom;
				const apart = a.box.right + 4 <= b.box.left || b.box.right + 4 <= a.box.left;
				if (sameRow && !apart) crowded.push(`${a.name}|${b.name}`);
			}
		return crowded;
	});

/** At the very end of the screen, how far the last drawn thing in it sits above the navigation (negative: under). */
const roomAboveNav = (page: Page) =>
	page.evaluate(() => {
		scrollTo(0, document.documentElement.scrollHeight);
		const nav = document.querySelector('nav[aria-label="Main"]')!.getBoundingClientRect();
		const drawn = [...document.querySelectorAll('main *')]
			// Not what a closed disclosure holds, nor words kept for screen readers.
			.filter((element) => element.checkVisibility() && !element.closest('.visually-hidden'))
			.map((element) => element.getBoundingClientRect())
			.filter((box) => box.width > 1 && box.height > 1);
		return nav.top - Math.max(...drawn.map((box) => box.bottom));
	});

/**
 * Whether what is focused is hidden behind something else at its centre (the top bar, the navigation, the Save
 * bar). A control drawn by its label (a chip's visually hidden checkbox) is judged by the label.
 */
const focusCovered = (page: Page) =>
	page.evaluate(() => {
		const focused = document.activeElement;
		if (!(focused instanceof HTMLElement) || focused === document.body) return null;
		let shown: HTMLElement = focused;
		const own = focused.getBoundingClientRect();
		if (own.width < 4 || own.height < 4) shown = focused.closest('label') ?? focused;
		const box = shown.getBoundingClientRect();
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		const name = (focused.getAttribute('aria-label') ?? shown.textContent ?? focused.tagName)
			.trim()
			.slice(0, 30);
		return hit && (shown.contains(hit) || hit.contains(shown)) ? null : `${name} under ${hit?.className}`;
	});

describe('small screens and large text', () => {
	test.each(sizes)(
		'at $name every screen fits, Help now and the navigation stay whole, and nothing hides at the end',
		async (size) => {
			const { context, page } = await openAt(size);
			const problems: string[] = [];
			for (const path of screens) {
				await shown(page, path);
				problems.push(...(await misfits(page)).map((problem) => `${path}: ${problem}`));
				const helpNow = page.getByRole('link', { name: 'Help now: crisis lines and your people' });
				if ((await linesOf(helpNow.locator('span'))) !== 1) problems.push(`${path}: Help now wraps`);
				for (const label of await page.getByRole('navigation', { name: 'Main' }).locator('a span').all())
					if ((await linesOf(label)) !== 1)
						problems.push(`${path}: "${await label.textContent()}" breaks over lines`);
				problems.push(...(await crowdedLabels(page)).map((pair) => `${path}: labels run together ${pair}`));
				const room = await roomAboveNav(page);
				if (room < 0) problems.push(`${path}: the end of the screen is ${-room}px under the navigation`);
			}
			await context.close();
			expect(problems).toEqual([]);
		}
	);

	test.each([...sizes, { name: '390 x 844', viewport: { width: 390, height: 844 }, text: 16 }])(
		'at $name the check-in’s mood line is in the clear, and the keyboard never lands under the Save bar',
		async (size) => {
			const { context, page } = await openAt(size);
			await shown(page, '/check-in');
			await page.getByRole('slider', { name: 'How is your mood right now?' }).waitFor();
			// The first screenful, above the navigation: the mood question, its hint, numbers and end words are not
			// under anything (the Save bar).
			const covered = await page.evaluate(() => {
				const scale = document.querySelector('.scale')!;
				const fold = document.querySelector('nav[aria-label="Main"]')!.getBoundingClientRect().top;
				const parts = [...scale.querySelectorAll('label, .hint, .ticks span, .words > span')];
				return parts
					.map((part) => ({ part, box: part.getBoundingClientRect() }))
					.filter(({ box }) => box.top + box.height / 2 < fold)
					.filter(({ part, box }) => {
						const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
						return !hit || !(part.contains(hit) || hit.contains(part));
					})
					.map(({ part }) => part.textContent?.trim());
			});
			expect(covered).toEqual([]);

			// Every stop of the keyboard through the form, to Save.
			const stops: (string | null)[] = [];
			await page.getByRole('slider', { name: 'How is your mood right now?' }).focus();
			await page.keyboard.press('ArrowRight');
			for (let i = 0; i < 40; i += 1) {
				stops.push(await focusCovered(page));
				const onSave = await page.evaluate(
					() => document.activeElement?.textContent?.trim() === 'Save check-in'
				);
				if (onSave) break;
				await page.keyboard.press('Tab');
			}
			expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Save check-in');
			expect(stops.filter(Boolean)).toEqual([]);
			await context.close();
		}
	);
});
