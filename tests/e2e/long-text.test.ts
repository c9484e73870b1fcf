import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';

const { base, newContext } = useBrowser();

const LINK = `https://example.org/${'a-very-long-path-segment-'.repeat(12)}?with=query`;
const WORD = 'x'.repeat(400);

/** Whether the page scrolls sideways: its content wider than the screen. */
const widest = (page: Page) =>
	page.evaluate(() => ({ content: document.documentElement.scrollWidth, screen: window.innerWidth }));

describe('what the client types never widens a screen', () => {
	test.each([
		[320, 568],
		[390, 844]
	])(
		'a pasted link and a 400-letter word, at %i px wide: the plan, Help now, a check-in note, the history',
		async (width, height) => {
			const context = await newContext({ viewport: { width, height } });
			const page = await context.newPage();

			await page.goto(`${base}/safety-plan`);
			const line = page.getByRole('textbox', { name: 'Warning sign 1' });
			await line.fill(LINK);
			await page.getByRole('textbox', { name: 'What matters 1' }).fill(WORD);
			await page.getByText('Saved on this phone').waitFor();
			expect(await widest(page)).toEqual({ content: width, screen: width });
			// The line grows downwards, showing the whole link.
			expect((await line.boundingBox())!.height).toBeGreaterThan(60);

			await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).click();
			await page.getByText(LINK).waitFor();
			expect(await widest(page)).toEqual({ content: width, screen: width });

			await page.goto(`${base}/check-in`);
			const slider = page.getByRole('slider', { name: 'How is your mood right now?' });
			await slider.focus();
			await page.keyboard.press('ArrowRight');
			await page.getByLabel('Note').fill(`${LINK} ${WORD} ${'long words '.repeat(500)}`);
			expect(await widest(page)).toEqual({ content: width, screen: width });
			await page.getByRole('button', { name: 'Save check-in' }).click();
			await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();

			await page.goto(`${base}/check-in/history`);
			await page.getByText(WORD, { exact: false }).first().waitFor();
			expect(await widest(page)).toEqual({ content: width, screen: width });
			await context.close();
		}
	);
});
