import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';

// A toast never covers something to tap, and leaves by itself.

const { base, phonePage } = useBrowser();

describe('a toast', () => {
	test('after adding a tag, the next Add can still be tapped, the new name stays whole, and the toast leaves by itself', async () => {
		const { page, context } = await phonePage();
		await page.setViewportSize({ width: 360, height: 640 });
		await page.goto(`${base}/check-in/manage`);
		const name = page.getByLabel('Add a tag');
		const add = page.getByRole('button', { name: 'Add' }).last();

		await name.fill('Walking');
		await add.click();
		const toast = page.getByRole('status').getByText('Walking added.');
		await toast.waitFor();

		// The toast is up, and the button just used was moved clear of it: the next tap lands on Add, not on the
		// toast (Playwright refuses to click a covered button, and this one is the page's last control).
		await name.fill('Reading');
		await add.click();
		await page.getByRole('status').getByText('Reading added.').waitFor();
		const [toastBox, addBox] = await Promise.all([
			page.getByRole('status').locator('.toast').boundingBox(),
			add.boundingBox()
		]);
		expect(addBox!.y + addBox!.height).toBeLessThanOrEqual(toastBox!.y);

		await page.getByRole('status').getByText('Reading added.').waitFor({ state: 'detached' });
		await context.close();
	});
});
