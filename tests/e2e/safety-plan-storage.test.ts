import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';
import { fillStorage } from './faults';
import { SAVED, storedPlan } from './safety-plan-helpers';
import { readStore } from './stored';

// The safety plan when storage fails, when one line is over its limit, and when it is open in two tabs.

const { base, phonePage } = useBrowser();

const FULL = 'Your phone is out of space for Between, so this was not saved.';
const ON_SCREEN_ONLY = /still here on screen, but not stored/;
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: FULL });
const line = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

describe('the safety plan', () => {
	test('with storage full: says it could not save (never "Saving…" for ever), keeps every line, saves them once there is space', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/safety-plan`);
		await line(page, 'Warning sign 1').waitFor();
		const storage = await fillStorage(page);
		await line(page, 'Warning sign 1').fill('I stop answering messages');
		await line(page, 'Thing I can do 1').fill('Hot shower, then my playlist');
		await alert(page).getByText(ON_SCREEN_ONLY).waitFor();
		expect(
			await alert(page)
				.getByText(/Free some space/)
				.count()
		).toBe(1);
		expect(await alert(page).getByRole('button', { name: 'Copy the text' }).count()).toBe(1);
		expect(await page.getByText('Saving…').count()).toBe(0);
		expect(await line(page, 'Warning sign 1').inputValue()).toBe('I stop answering messages');
		expect(await line(page, 'Thing I can do 1').inputValue()).toBe('Hot shower, then my playlist');

		await storage.release();
		await line(page, 'What matters 1').fill('My daughter Mia');
		await page.getByText('Saved on this phone').waitFor();
		await expect
			.poll(async () => (await storedPlan(page))?.sections.reasonsForLiving, SAVED)
			.toEqual(['My daughter Mia']);
		const plan = await storedPlan(page);
		expect(plan?.sections.warningSigns).toEqual(['I stop answering messages']);
		expect(plan?.sections.copingStrategies).toEqual(['Hot shower, then my playlist']);
		await context.close();
	});

	test('a line over its limit says so beside it; the rest saves and reaches Help now and the print, also over an older plan', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/safety-plan`);
		// An older plan, saved.
		await line(page, 'Warning sign 1').fill('I stop answering messages');
		await expect
			.poll(async () => (await storedPlan(page))?.sections.warningSigns, SAVED)
			.toEqual(['I stop answering messages']);

		const long = 'I go quiet and '.repeat(40);
		await line(page, 'Person I can ask 1').fill(long);
		const message = page.getByText(/This line is too long to save: \d+ characters, and a line holds 500\./);
		await message.waitFor();
		expect(await line(page, 'Person I can ask 1').getAttribute('aria-invalid')).toBe('true');
		// Later edits of other lines still reach the plan.
		await line(page, 'Thing I can do 1').fill('Hot shower, then my playlist');
		await expect
			.poll(async () => (await storedPlan(page))?.sections.copingStrategies, SAVED)
			.toEqual(['Hot shower, then my playlist']);
		expect((await storedPlan(page))?.sections.helpers).toEqual([]);
		await page.getByText('Saved on this phone, except the line marked below.').waitFor();

		await page.goto(`${base}/help#plan`);
		const onHelp = page.getByRole('region', { name: 'My safety plan' });
		await onHelp.getByText('Hot shower, then my playlist').waitFor();
		expect(await onHelp.getByText('I stop answering messages').count()).toBe(1);
		expect(await page.getByText('Start my safety plan').count()).toBe(0);

		await page.goto(`${base}/safety-plan/print`);
		const sheet = page.getByRole('article', { name: 'My safety plan' });
		await sheet.getByText('Hot shower, then my playlist').waitFor();
		expect(await sheet.getByText('I stop answering messages').count()).toBe(1);

		// The long line is still in the editor, waiting to be shortened.
		await page.goto(`${base}/safety-plan`);
		await expect.poll(() => line(page, 'Person I can ask 1').inputValue()).toBe(long);
		await context.close();
	});

	test('two tabs: one showing an empty line never saves over the other’s new warning sign, and each shows the other’s words', async () => {
		const { page: a, context } = await phonePage();
		const b = await context.newPage();
		await a.goto(`${base}/safety-plan`);
		await b.goto(`${base}/safety-plan`);
		await line(b, 'Warning sign 1').waitFor();

		await line(a, 'Warning sign 1').fill('I stop answering messages');
		await expect
			.poll(async () => (await storedPlan(a))?.sections.warningSigns, SAVED)
			.toEqual(['I stop answering messages']);
		await line(b, 'Thing I can do 1').fill('Hot shower, then my playlist');
		await expect
			.poll(async () => (await storedPlan(a))?.sections.copingStrategies, SAVED)
			.toEqual(['Hot shower, then my playlist']);
		expect((await storedPlan(a))?.sections.warningSigns).toEqual(['I stop answering messages']);
		const versions = await readStore(a, 'safetyPlanVersions');
		expect(JSON.stringify(versions)).toContain('I stop answering messages');

		await expect.poll(() => line(b, 'Warning sign 1').inputValue(), SAVED).toBe('I stop answering messages');
		await expect
			.poll(() => line(a, 'Thing I can do 1').inputValue(), SAVED)
			.toBe('Hot shower, then my playlist');
		await context.close();
	});
});
