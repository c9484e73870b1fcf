import { describe, expect, test } from 'vitest';
import { recordOutsideRequests, waitForServiceWorker } from './browser';
import { buildPlan } from './safety-plan-helpers';
import { useBrowser, useOwnServer } from './setup';

// Its own server, so that it can take it away: offline means nothing answers at all.
const server = useOwnServer();
const { profile } = useBrowser();
const stopServer = () => server.stop();

const screens = [
	'/',
	'/check-in',
	'/skills',
	'/homework',
	'/progress',
	'/more',
	'/safety-plan',
	'/safety-plan/history',
	'/safety-plan/print',
	'/help'
];

describe('the safety plan offline', () => {
	test('with no network, Help now and the plan are one tap from every screen', async () => {
		const context = await profile();
		const base = server.base;
		const outside = recordOutsideRequests(context);
		const page = await context.newPage();
		await page.goto(base);
		await waitForServiceWorker(page);
		await buildPlan(page, base);

		await stopServer();
		await context.setOffline(true);
		for (const path of screens) {
			await page.goto(`${base}${path}`);
			await page.locator('h1').first().waitFor();
			await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).click();
			const plan = page.getByRole('region', { name: 'My safety plan' });
			await plan.waitFor();
			expect(new URL(page.url()).pathname, path).toBe('/help');
			expect(
				await plan.getByRole('link', { name: 'Call Jo (sister), +44 7700 900123' }).getAttribute('href')
			).toBe('tel:+447700900123');
			expect(
				await page.getByRole('link', { name: 'Call Samaritans, 116 123' }).first().getAttribute('href')
			).toBe('tel:116123');
		}

		// As the manifest's "Help now" shortcut opens it: a fresh window straight onto /help, offline.
		const shortcut = await context.newPage();
		await shortcut.goto(`${base}/help`);
		await shortcut.getByRole('region', { name: 'My safety plan' }).getByText('My daughter Mia').waitFor();
		// And the plan can still be changed offline.
		await shortcut.getByRole('link', { name: 'Change my plan' }).click();
		await shortcut.getByRole('textbox', { name: 'Thing I can do 1' }).fill('Hot shower, then the garden');
		await shortcut.getByText('Saved on this phone').waitFor();
		await shortcut.getByRole('link', { name: 'Help now: crisis lines and your people' }).click();
		await shortcut.getByText('Hot shower, then the garden').waitFor();
		expect(outside).toEqual([]);
		await context.close();
	});
});
