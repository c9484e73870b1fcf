import { describe, expect, test } from 'vitest';
import { REGIONS } from '../../src/lib/domain/regions';
import { useBrowser } from './setup';

// Help now is prerendered HTML: with scripts blocked (or not yet loaded, or broken by an update) a client still
// reaches every bundled country's crisis lines, with working tel: and sms: links, from any screen.
const { base, newContext } = useBrowser();

const noScript = () => newContext({ javaScriptEnabled: false, locale: 'en-US' });

describe('Help now with no script at all', () => {
	test('every bundled country is listed, one tap away, with links that call and text', async () => {
		const page = await (await noScript()).newPage();
		await page.goto(`${base}/help`);
		await page.getByRole('heading', { name: 'Help now', level: 1 }).waitFor();
		await expect(page.locator('a[href="tel:112"]').first().isVisible()).resolves.toBe(true);

		const countries = page.getByRole('region', { name: 'Crisis lines by country' });
		const names = await countries.locator('summary').allTextContents();
		expect(names).toHaveLength(REGIONS.length);
		expect(names).toContain('United Kingdom');

		// Closed until tapped: the lines of a country are not shown as if they applied.
		const uk = countries.locator('details', { has: page.getByText('United Kingdom', { exact: true }) });
		await expect(uk.getByRole('link', { name: 'Call Samaritans' }).isVisible()).resolves.toBe(false);
		await uk.locator('summary').click();
		await expect(uk.getByRole('link', { name: 'Call Samaritans' }).getAttribute('href')).resolves.toBe(
			'tel:116123'
		);
		expect(
			await uk
				.locator('a[href^="sms:"]')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
		).toContain('sms:85258?&body=SHOUT');

		// "Choose a country" needs no script either: it leads to the list.
		await page.getByRole('link', { name: 'Choose a country' }).click();
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#countries');
	});

	test('every screen leads to it: the prerendered frame carries Help now', async () => {
		const page = await (await noScript()).newPage();
		await page.goto(`${base}/check-in`);
		await page.getByRole('navigation').first().waitFor();
		await page.getByRole('link', { name: 'Help now' }).click();
		await page.getByRole('heading', { name: 'Crisis lines by country' }).waitFor();
		const us = page.locator('details', { has: page.getByText('United States', { exact: true }) });
		await us.locator('summary').click();
		await expect(us.locator('a[href="tel:988"]').isVisible()).resolves.toBe(true);
	});
});
