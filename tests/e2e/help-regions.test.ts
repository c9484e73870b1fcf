import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';

// Help now in the locales of clients in four countries and one the app carries no lines for: each sees its own
// country's lines with working tel: and sms: links, and never another country's (988 outside North America).
const { base, phonePage } = useBrowser();

/** Every tel: and sms: link on the page, in order, but those of other countries, each behind its own disclosure. */
const hrefs = (page: Page) =>
	page.$$eval('a[href^="tel:"], a[href^="sms:"]', (links) =>
		links.filter((link) => !link.closest('#countries')).map((link) => link.getAttribute('href'))
	);

/** The countries listed one tap away, below the client's own lines. */
const otherCountries = (page: Page, title: string) =>
	page.getByRole('region', { name: title }).locator('summary').allTextContents();

describe('Help now for a client in each country', () => {
	test.each([
		['en-US', 'Crisis lines: United States', ['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911']],
		[
			'en-GB',
			'Crisis lines: United Kingdom',
			['tel:116123', 'sms:85258?&body=SHOUT', 'tel:111', 'tel:999', 'tel:112']
		],
		[
			'de-DE',
			'Crisis lines: Germany',
			['tel:08001110111', 'tel:08001110222', 'tel:116123', 'tel:112', 'tel:110']
		],
		// A browser in Mexican Spanish is shown Between in Spanish.
		['es-MX', 'Líneas de crisis: México', ['tel:8009112000', 'tel:911']]
	])('%s sees its own lines, and only those', async (locale, heading, links) => {
		const { page, context } = await phonePage({ locale });
		await page.goto(`${base}/help`);
		await page.getByRole('heading', { name: heading }).waitFor();
		expect(await hrefs(page)).toEqual(links);
		const spanish = locale.startsWith('es');
		const others = await otherCountries(
			page,
			spanish ? 'Líneas de crisis en otros países' : 'Crisis lines in other countries'
		);
		expect(others).toHaveLength(13);
		expect(others).not.toContain(heading.split(': ')[1]);
		await context.close();
	});

	test('a client in a country without bundled lines is told to call 112, and can choose a country', async () => {
		const { page, context } = await phonePage({ locale: 'de-AT' });
		await page.goto(`${base}/help`);
		await page.getByText('Between does not carry crisis lines for Austria yet.').waitFor();
		expect(await hrefs(page)).toEqual(['tel:112']);
		expect(await otherCountries(page, 'Crisis lines by country')).toHaveLength(14);
		await page.getByRole('button', { name: 'Choose a country' }).click();
		await page.getByLabel('Search for a country').fill('germ');
		await page.getByRole('radio', { name: 'Germany' }).check();
		await page.getByRole('heading', { name: 'Crisis lines: Germany' }).waitFor();
		expect(await hrefs(page)).toContain('tel:08001110111');
		await context.close();
	});
});
