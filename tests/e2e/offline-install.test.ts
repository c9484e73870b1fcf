import { describe, expect, test } from 'vitest';
import { recordOutsideRequests, waitForServiceWorker } from './browser';
import { useBrowser, useOwnServer } from './setup';

// Its own server so it can take it away: offline means nothing answers at all.
const server = useOwnServer();
const { profile } = useBrowser();
const stopServer = () => server.stop();

describe('installable and offline', () => {
	test('Chromium finds the app installable, with the manifest the root file describes', async () => {
		const context = await profile();
		const base = server.base;
		const outside = recordOutsideRequests(context);
		const page = await context.newPage();
		await page.goto(base);
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);

		const manifest = await (await page.request.get(`${base}/manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ name: 'Between', display: 'standalone', start_url: '/', scope: '/' });
		expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
		expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
			['Check in', '/check-in'],
			['Help now', '/help']
		]);
		for (const icon of [
			...manifest.icons,
			...manifest.shortcuts.flatMap((s: { icons: object[] }) => s.icons)
		]) {
			expect((await page.request.get(`${base}${icon.src}`)).status(), icon.src).toBe(200);
		}
		expect(outside).toEqual([]);
		await context.close();
	});

	test('after the first visit every screen, deep links included, works with the server gone', async () => {
		const context = await profile();
		const base = server.base;
		const outside = recordOutsideRequests(context);
		const page = await context.newPage();
		await page.goto(base);
		await waitForServiceWorker(page);
		// A contact saved while online is there offline too.
		await page.goto(`${base}/help`);
		await page.getByRole('button', { name: 'Add someone' }).click();
		await page.getByLabel('Name').fill('Robin');
		await page.getByLabel('Phone number').fill('0400 111 222');
		await page.getByRole('button', { name: 'Save contact' }).click();
		await page.getByText('Robin', { exact: true }).waitFor();

		// Offline twice over: the server is gone and the browser reports no network.
		await stopServer();
		await context.setOffline(true);
		for (const [path, heading] of [
			['/help', 'Help now'],
			['/more', 'More'],
			['/progress', 'Progress'],
			['/', undefined]
		] as const) {
			await page.goto(`${base}${path}`);
			await page.locator('h1').first().waitFor();
			if (heading) expect(await page.locator('h1').first().textContent()).toBe(heading);
		}
		// A deep link opened fresh, in a new tab, while offline.
		const deep = await context.newPage();
		await deep.goto(`${base}/help`);
		await deep.getByRole('link', { name: 'Call Samaritans, 116 123' }).waitFor();
		await deep.getByText('Robin', { exact: true }).waitFor();
		expect(outside).toEqual([]);
		await context.close();
	});
});
