import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations, useBrowser } from './setup';
import { PLAN_SCREENS, SCREENS } from './screens.js';
import { readStore } from './stored';

const { base, phonePage } = useBrowser();
const screens = SCREENS;
// The safety plan's screens: axe and the CSP check run on them, filled in, in safety-plan.test.ts.
const planScreens = PLAN_SCREENS;

describe('the app shell', () => {
	test('a contact added through the UI survives a reload', async () => {
		const { page, context, outside } = await phonePage();
		await page.goto(`${base}/help`);
		await page.getByRole('button', { name: 'Add someone' }).click();
		await page.getByLabel('Name').fill('Sam (sister)');
		await page.getByLabel('Phone number').fill('+44 7700 900123');
		await page.getByLabel('I can text this number').check();
		await page.getByRole('button', { name: 'Save contact' }).click();
		await expect.poll(() => page.getByText('Sam (sister)', { exact: true }).count()).toBe(1);

		await page.reload();
		const call = page.getByRole('link', { name: 'Call Sam (sister), +44 7700 900123' });
		await call.waitFor();
		expect(await call.getAttribute('href')).toBe('tel:+447700900123');
		const text = page.getByRole('link', { name: 'Text Sam (sister), +44 7700 900123' });
		expect(await text.getAttribute('href')).toBe('sms:+447700900123');
		expect(outside).toEqual([]);
		await context.close();
	});

	test('a half-typed contact is still there after a reload', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/help`);
		await page.getByRole('button', { name: 'Add someone' }).click();
		await page.getByLabel('Name').fill('Dr Okafor');
		// A person pausing: the reload comes once the draft is stored, however long that takes.
		await expect
			.poll(
				async () => (await readStore<{ value: { name: string } }>(page, 'drafts', 'contact:new'))?.value.name
			)
			.toBe('Dr Okafor');
		await page.reload();
		await expect.poll(() => page.getByLabel('Name').inputValue()).toBe('Dr Okafor');
		await expect.poll(() => page.getByText('We kept what you were typing.').count()).toBe(1);
		await context.close();
	});

	test('bad input gets a clear message and stores nothing', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/help`);
		await page.getByRole('button', { name: 'Add someone' }).click();
		await page.getByLabel('Phone number').fill('call me');
		await page.getByRole('button', { name: 'Save contact' }).click();
		await page.getByText('Add a name, so you know who this is.').waitFor();
		await page.getByText('Write the number in digits: a phone cannot dial letters from a link.').waitFor();
		const stored = (await readStore(page, 'contacts')).length;
		expect(stored).toBe(0);
		await context.close();
	});

	test.each([...screens, ...planScreens])('Help now is one tap from %s', async (path) => {
		const { page, context } = await phonePage();
		await page.goto(`${base}${path}`);
		await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).click();
		await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
		const samaritans = page.getByRole('link', { name: 'Call Samaritans, 116 123' });
		expect(await samaritans.getAttribute('href')).toBe('tel:116123');
		await context.close();
	});

	test('the bottom navigation reaches every section and marks where you are', async () => {
		const { page, context } = await phonePage();
		await page.goto(base);
		const nav = page.getByRole('navigation', { name: 'Main' });
		for (const [name, path] of [
			['Skills', '/skills'],
			['Homework', '/homework'],
			['Progress', '/progress'],
			['More', '/more'],
			['Today', '/']
		]) {
			await nav.getByRole('link', { name }).click();
			await expect.poll(() => new URL(page.url()).pathname).toBe(path);
			expect(await nav.getByRole('link', { name }).getAttribute('aria-current')).toBe('page');
		}
		await context.close();
	});

	test('the theme follows the system and can be set by hand', async () => {
		const { page, context } = await phonePage({ colorScheme: 'dark' });
		await page.goto(`${base}/more`);
		const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(await background()).toBe('rgb(18, 23, 25)');
		await page.getByRole('radio', { name: 'Light' }).check();
		await expect.poll(background).toBe('rgb(246, 244, 239)');
		await page.reload();
		await expect.poll(background).toBe('rgb(246, 244, 239)');
		await context.close();
	});

	test('crisis lines follow the browser locale, and the client can change the country', async () => {
		const { page, context } = await phonePage({ locale: 'en-AU' });
		await page.goto(`${base}/help`);
		await page.getByRole('heading', { name: 'Crisis lines: Australia' }).waitFor();
		expect(await page.getByRole('link', { name: 'Call Lifeline, 13 11 14' }).getAttribute('href')).toBe(
			'tel:131114'
		);
		await page.getByRole('button', { name: 'Change country' }).click();
		await page.getByLabel('Search for a country').fill('zeal');
		await page.getByRole('radio', { name: 'New Zealand' }).check();
		await page.getByRole('heading', { name: 'Crisis lines: New Zealand' }).waitFor();
		expect(
			await page.getByRole('link', { name: 'Text 1737, Need to talk?, 1737' }).getAttribute('href')
		).toBe('sms:1737');
		// The choice is written in the background: reload only once it is stored.
		const storedRegion = async () =>
			(await readStore<{ region?: string }>(page, 'settings', 'settings'))?.region;
		await expect.poll(storedRegion).toBe('NZ');
		await page.reload();
		await page.getByRole('heading', { name: 'Crisis lines: New Zealand' }).waitFor();
		await context.close();
	});

	test('every screen runs under a strict Content-Security-Policy without a violation', async () => {
		const { page, context, outside } = await phonePage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		const response = await page.goto(`${base}/help`);
		const policy = (await response?.headerValue('content-security-policy')) ?? '';
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
		expect(policy).not.toContain('unsafe-eval');
		// No inline styles either, beyond the one attribute allowed by its hash (svelte.config.js).
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).toMatch(/style-src 'self' 'unsafe-hashes' 'sha256-[^']+'(;|$)/);
		for (const path of screens) {
			await page.goto(`${base}${path}`);
			await page.locator('h1').first().waitFor();
		}
		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});

	test.each(['light', 'dark'] as const)('axe finds no violations on any screen (%s)', async (colorScheme) => {
		const { page, context, outside } = await phonePage({ colorScheme });
		for (const path of screens) {
			await page.goto(`${base}${path}`);
			await page.locator('h1').first().waitFor();
			await expectNoAxeViolations(page, path);
		}
		expect(outside).toEqual([]);
		await context.close();
	});
});
