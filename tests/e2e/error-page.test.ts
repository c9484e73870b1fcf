import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { recordOutsideRequests, waitForServiceWorker } from './browser';
import { breakIndexedDb } from './faults';
import { useBrowser, useOwnServer } from './setup';

// This file runs its own server so that the offline test can take it away.
const server = useOwnServer();
const { phonePage, profile } = useBrowser();

const NOT_HERE = 'This page is not here';
const WENT_WRONG = 'Something went wrong';
/** A link cut short inside a percent-escape, and a lone percent sign: neither decodes. */
const MALFORMED = ['/check-in/%E0%A4%A', '/measures/%'];

/** Records the page's uncaught errors; the test expects none. */
function pageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** The error page: its message, the Help now button, and the crisis lines with a link that dials. */
async function expectErrorPage(page: Page, title: string) {
	await page.getByRole('heading', { level: 1, name: title }).waitFor();
	const helpNow = page
		.getByRole('banner')
		.getByRole('link', { name: 'Help now: crisis lines and your people' });
	expect(await helpNow.isVisible()).toBe(true);
	await page.getByRole('heading', { name: 'Crisis lines: United Kingdom' }).waitFor();
	const call = page.getByRole('link', { name: 'Call Samaritans, 116 123' });
	expect(await call.getAttribute('href')).toBe('tel:116123');
	expect(await page.getByRole('link', { name: 'Go to Today' }).isVisible()).toBe(true);
}

async function openHelpNow(page: Page) {
	await page
		.getByRole('banner')
		.getByRole('link', { name: 'Help now: crisis lines and your people' })
		.click();
	await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
	await page.getByRole('link', { name: 'Call Samaritans, 116 123' }).waitFor();
}

describe('the error page', { timeout: 120_000 }, () => {
	test.each(['/nope', '/skills/nope/deeper', ...MALFORMED])(
		'%s says the page is not here and shows Help now',
		async (path) => {
			const { page } = await phonePage();
			const errors = pageErrors(page);
			await page.goto(`${server.base}${path}`);
			await expectErrorPage(page, NOT_HERE);
			await openHelpNow(page);
			expect(errors).toEqual([]);
		}
	);

	test('with IndexedDB missing too, a broken link still shows the message and Help now', async () => {
		const { page, context } = await phonePage();
		await breakIndexedDb(context, 'missing');
		const errors = pageErrors(page);
		for (const path of ['/nope', ...MALFORMED]) {
			await page.goto(`${server.base}${path}`);
			await expectErrorPage(page, NOT_HERE);
		}
		await openHelpNow(page);
		expect(errors).toEqual([]);
	});

	test('a screen whose code fails to load says something went wrong, offers a reload and shows Help now', async () => {
		const { page } = await phonePage();
		const errors = pageErrors(page);
		await page.goto(`${server.base}/`);
		await page.getByRole('navigation', { name: 'Main' }).waitFor();
		// From now on no screen's code arrives, as on a connection that drops between two taps.
		await page.route(/\/_app\/immutable\/nodes\//, (route) => route.abort('connectionfailed'));
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills' }).click();
		await expectErrorPage(page, WENT_WRONG);
		expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
		await page.unroute(/\/_app\/immutable\/nodes\//);
		await openHelpNow(page);
		expect(errors).toEqual([]);
	});

	test('offline, a broken link opened fresh still gets the message and Help now from the service worker', async () => {
		const context = await profile();
		const outside = recordOutsideRequests(context);
		const page = await context.newPage();
		await page.goto(`${server.base}/`);
		await waitForServiceWorker(page);
		const base = server.base;
		await server.stop();
		await context.setOffline(true);

		const fresh = await context.newPage();
		const errors = pageErrors(fresh);
		for (const path of MALFORMED) {
			await fresh.goto(`${base}${path}`);
			await expectErrorPage(fresh, NOT_HERE);
		}
		await openHelpNow(fresh);
		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
	});
});
