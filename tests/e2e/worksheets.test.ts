import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations as axe, useBrowser } from './setup';

const { base, phonePage } = useBrowser();

describe('worksheets', () => {
	test('a thought record started from Homework keeps its words across a reload, and axe finds nothing (light and dark)', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await phonePage({ colorScheme });
			await page.goto(`${base}/homework`);
			await page.getByRole('heading', { name: 'Start a worksheet' }).waitFor();
			await axe(page, `homework ${colorScheme}`);
			await page.getByRole('button', { name: /^Thought record/ }).click();
			await page.waitForURL(/\/homework\/thought-record\//);
			const situation = page.getByRole('textbox', { name: 'The situation' });
			await situation.fill('Sunday night, alone at home, no reply to my message');
			await page.getByText('Saved', { exact: true }).waitFor();
			expect(await page.getByText('Step 1 of 7').count()).toBe(1);
			await axe(page, `thought record step 1 ${colorScheme}`);
			await page.reload();
			await expect
				.poll(() => page.getByRole('textbox', { name: 'The situation' }).inputValue())
				.toBe('Sunday night, alone at home, no reply to my message');
			await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).waitFor();
			await context.close();
		}
	});

	test('a worksheet link of a kind that does not exist says so, with Help now', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/homework/diary/0f6b1c1e-8d3e-4c1e-9a55-2a0f3c1d9b7e`);
		await page.getByRole('heading', { level: 1, name: 'This page is not here' }).waitFor();
		expect(await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).count()).toBe(1);
		await context.close();
	});
});
