import { describe, expect, test } from 'vitest';
import { linesOf } from './layout';
import { useBrowser } from './setup';

const { base, newContext } = useBrowser();

describe('words never break inside themselves', () => {
	test.each([320, 390])('at %i px: the check-in’s chips and the PHQ-9’s score ranges', async (width) => {
		const context = await newContext({ viewport: { width, height: 740 } });
		const page = await context.newPage();

		await page.goto(`${base}/check-in`);
		const chips = page.locator('label', { has: page.getByRole('checkbox') });
		await page.getByRole('checkbox', { name: 'Therapy session' }).waitFor();
		const names = await chips.allTextContents();
		expect(names.map((name) => name.trim())).toEqual(expect.arrayContaining(['Exercise', 'Therapy session']));
		for (const chip of await chips.all()) expect(await linesOf(chip.locator('span'))).toBe(1);

		await page.goto(`${base}/measures/phq9`);
		for (let i = 1; i <= 9; i += 1) {
			await page.getByText(`Question ${i} of 9`).waitFor();
			await page.getByText('More than half the days', { exact: true }).click();
		}
		await page.getByText('Not difficult at all', { exact: true }).click();
		await page.getByRole('button', { name: 'Finish' }).click();
		const ranges = page.getByRole('table').getByRole('cell', { name: /^\d+–\d+$/ });
		await ranges.first().waitFor();
		expect(await ranges.count()).toBe(5);
		for (const range of await ranges.all()) expect(await linesOf(range)).toBe(1);
		await context.close();
	});
});
