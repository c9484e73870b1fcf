import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fillStorage } from './faults';
import { useBrowser } from './setup';
import { readStore } from './stored';
import { tapScale } from './scale';

const { base, phonePage } = useBrowser();

const FULL = 'Your phone is out of space for Between, so this was not saved.';
const ON_SCREEN_ONLY = /still here on screen, but not stored/;
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: FULL });

/** Taps the mood scale where `value` sits, as a thumb would: one tap. */
const tapMood = (page: Page, value: number) =>
	tapScale(page, page.getByRole('slider', { name: 'How is your mood right now?' }), value);

describe('with storage full, every write says what happened and keeps the words', () => {
	test('check-in: not "kept as a draft", the note stays on screen and saves once there is space', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/check-in`);
		await page.getByRole('slider', { name: 'How is your mood right now?' }).waitFor();
		const storage = await fillStorage(page);
		await tapMood(page, 4);
		await page.getByLabel('Note').fill('A long day, the bus was late');
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await alert(page).getByText(ON_SCREEN_ONLY).waitFor();
		expect(await page.getByText(/kept as a draft/).count()).toBe(0);
		expect(
			await alert(page)
				.getByText(/Free some space/)
				.count()
		).toBe(1);
		expect(await page.getByLabel('Note').inputValue()).toBe('A long day, the bus was late');

		await storage.release();
		await page.getByRole('button', { name: 'Save check-in' }).click();
		await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();
		await page.reload();
		const rows = await readStore<{ note: string }>(page, 'checkIns');
		expect(rows.map((row) => row.note)).toEqual(['A long day, the bus was late']);
		await context.close();
	});

	// The safety plan's storage-full test is in safety-plan-storage.test.ts.

	test('memory bank: a memory that cannot be stored says so and offers its text to copy', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/skills/push-button`);
		await page.getByRole('button', { name: 'Add a memory' }).click();
		const storage = await fillStorage(page);
		await page.getByLabel('A short name').fill('Gran’s kitchen');
		await page.getByRole('button', { name: 'Save memory' }).click();
		await alert(page).getByText(ON_SCREEN_ONLY).waitFor();
		expect(await alert(page).getByRole('button', { name: 'Copy the text' }).count()).toBe(1);
		expect(await page.getByLabel('A short name').inputValue()).toBe('Gran’s kitchen');

		await storage.release();
		await page.getByRole('button', { name: 'Save memory' }).click();
		await expect.poll(async () => (await readStore<{ title: string }>(page, 'memories')).length).toBe(1);
		await context.close();
	});

	test('sleep diary: a night that cannot be stored says so and stays in the form', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/skills/sleep-hygiene/diary`);
		await page.getByRole('heading', { level: 1, name: 'Sleep diary' }).waitFor();
		const storage = await fillStorage(page);
		const fields: [string, string][] = [
			['What time did you get into bed?', '22:30'],
			['What time did you try to go to sleep?', '23:00'],
			['How long did it take you to fall asleep? (minutes)', '20'],
			['How many times did you wake up, not counting your final awakening?', '2'],
			['In total, how long did these awakenings last? (minutes)', '30'],
			['What time was your final awakening?', '06:30'],
			['What time did you get out of bed for the day?', '07:00']
		];
		for (const [label, value] of fields) await page.getByLabel(label).fill(value);
		await page.getByRole('button', { name: 'Save diary' }).click();
		await alert(page).getByText(ON_SCREEN_ONLY).waitFor();
		expect(await page.getByLabel('What time did you get into bed?').inputValue()).toBe('22:30');

		await storage.release();
		await page.getByRole('button', { name: 'Save diary' }).click();
		await page.getByText('Diary saved.').waitFor();
		expect(await readStore(page, 'sleepDiary')).toHaveLength(1);
		await context.close();
	});

	test('PHQ-9: never says the answers are kept while they live only in the page', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/measures/phq9`);
		await page.getByText('Question 1 of 9').waitFor();
		const storage = await fillStorage(page);
		for (let i = 1; i <= 9; i++) {
			await page.getByText(`Question ${i} of 9`).waitFor();
			await page.getByText('Not at all', { exact: true }).click();
		}
		await page.getByText('Not difficult at all', { exact: true }).click();
		await page.getByText(ON_SCREEN_ONLY).first().waitFor();
		expect(await page.getByText(/Your answers are kept/).count()).toBe(0);
		await page.getByRole('button', { name: 'Finish' }).click();
		await alert(page).getByText(ON_SCREEN_ONLY).waitFor();

		await storage.release();
		await page.getByRole('button', { name: 'Finish' }).click();
		await page.getByRole('heading', { name: 'Your PHQ-9 result' }).waitFor();
		expect(await readStore(page, 'measureResponses')).toHaveLength(1);
		await context.close();
	});
});
