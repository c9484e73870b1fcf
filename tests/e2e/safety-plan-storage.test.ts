import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, phonePage } from './browser';
import { fillStorage } from './faults';
import { SAVED, storedPlan } from './safety-plan-helpers';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

const FULL = 'Your phone is out of space for Between, so this was not saved.';
const ON_SCREEN_ONLY = /still here on screen, but not stored/;
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: FULL });

describe('the safety plan with storage full', { timeout: 60_000 }, () => {
	test('says it could not save (never "Saving…" for ever), keeps every line and saves them once there is space', async () => {
		const { page, context } = await phonePage(browser);
		page.on('console', (msg) => console.log('[page]', msg.text()));
		await page.addInitScript(() => {
			const orig = console.error;
			console.error = (...args: unknown[]) =>
				orig(
					...args.map((a) =>
						a instanceof Error
							? `${a.name}: ${a.message} | inner ${(a as { inner?: Error }).inner?.name} ${(a as { inner?: Error }).inner?.message} | ${a.stack?.slice(0, 600)}`
							: a
					)
				);
		});
		await page.goto(`${base}/safety-plan`);
		await page.getByRole('textbox', { name: 'Warning sign 1' }).waitFor();
		const storage = await fillStorage(page);
		await page.getByRole('textbox', { name: 'Warning sign 1' }).fill('I stop answering messages');
		await page.getByRole('textbox', { name: 'Thing I can do 1' }).fill('Hot shower, then my playlist');
		await alert(page).getByText(ON_SCREEN_ONLY).waitFor();
		expect(
			await alert(page)
				.getByText(/Free some space/)
				.count()
		).toBe(1);
		expect(await alert(page).getByRole('button', { name: 'Copy the text' }).count()).toBe(1);
		expect(await page.getByText('Saving…').count()).toBe(0);
		expect(await page.getByRole('textbox', { name: 'Warning sign 1' }).inputValue()).toBe(
			'I stop answering messages'
		);

		await storage.release();
		await page.getByRole('textbox', { name: 'What matters 1' }).fill('My daughter Mia');
		await page.getByText('Saved on this phone').waitFor();
		await expect
			.poll(async () => (await storedPlan(page))?.sections.reasonsForLiving, SAVED)
			.toEqual(['My daughter Mia']);
		const plan = await storedPlan(page);
		expect(plan?.sections.warningSigns).toEqual(['I stop answering messages']);
		expect(plan?.sections.copingStrategies).toEqual(['Hot shower, then my playlist']);
		await context.close();
	});
});
