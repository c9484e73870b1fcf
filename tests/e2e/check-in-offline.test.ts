import { describe, expect, test } from 'vitest';
import { recordOutsideRequests, waitForServiceWorker } from './browser';
import { useBrowser } from './setup';
import { tapScale } from './scale';

const { base, profile } = useBrowser();

describe('checking in offline', () => {
	test('with no network, a two-tap check-in is saved and still there after a reload', async () => {
		const context = await profile();
		const outside = recordOutsideRequests(context);
		const page = await context.newPage();
		await page.goto(base);
		await waitForServiceWorker(page);
		await context.setOffline(true);

		await page.goto(`${base}/check-in`);
		const mood = page.getByRole('slider', { name: 'How is your mood right now?' });
		await mood.waitFor();
		await tapScale(page, mood, 2);
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();

		await page.reload();
		await page.goto(`${base}/check-in/history`);
		await page.getByRole('link', { name: /Mood 2 out of 10/ }).waitFor();
		await page.goto(base);
		await page.getByText(/^Checked in today at/).waitFor();
		expect(outside).toEqual([]);
	});
});
