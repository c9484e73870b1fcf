import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations as axe, useBrowser } from './setup';
import { tapScale } from './scale';

const { base, phonePage } = useBrowser();

/** Taps the mood scale where `value` sits, as a thumb would: one tap. */
const tapMood = (page: Page, value: number) =>
	tapScale(page, page.getByRole('slider', { name: 'How is your mood right now?' }), value);

/** A new check-in with only a mood: the mood tap and Save. Returns the taps it took. */
async function quickCheckIn(page: Page, mood: number): Promise<number> {
	await page.goto(`${base}/check-in`);
	await page.getByRole('slider', { name: 'How is your mood right now?' }).waitFor();
	let taps = 0;
	await tapMood(page, mood);
	taps += 1;
	await page.getByRole('button', { name: 'Save check-in' }).click();
	taps += 1;
	await page.getByRole('heading', { name: 'Check-in saved' }).waitFor();
	return taps;
}

describe('checking in', () => {
	test('the mood and Save are the whole check-in (two taps), and it is still there after a reload', async () => {
		const { page, context, outside } = await phonePage();
		const taps = await quickCheckIn(page, 7);
		// The mood choice and Save: nothing else was needed.
		expect(taps).toBeLessThanOrEqual(2);
		await axe(page, 'saved');

		await page.reload();
		await page.goto(`${base}/check-in/history`);
		const entry = page.getByRole('link', { name: /Mood 7 out of 10/ });
		await entry.waitFor();
		expect(await entry.count()).toBe(1);
		await page.goto(base);
		await page.getByText(/^Checked in today at/).waitFor();
		expect(outside).toEqual([]);
		await context.close();
	});

	test('the form fits a phone and Save is on screen without scrolling', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/check-in`);
		await page.getByRole('slider', { name: 'How is your mood right now?' }).waitFor();
		const save = (await page.getByRole('button', { name: 'Save check-in' }).boundingBox())!;
		const slider = (await page.getByRole('slider', { name: 'How is your mood right now?' }).boundingBox())!;
		expect(save.y + save.height).toBeLessThanOrEqual(844);
		expect(save.height).toBeGreaterThanOrEqual(44);
		expect(slider.height).toBeGreaterThanOrEqual(44);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});

	test('saving without a mood says what is missing, and axe finds nothing on the form (light and dark)', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await phonePage({ colorScheme });
			await page.goto(`${base}/check-in`);
			await page.getByRole('button', { name: 'Save check-in' }).click();
			await page.getByText('Choose how you feel, from 0 to 10.').waitFor();
			await axe(page, `check-in ${colorScheme}`);
			await context.close();
		}
	});

	test('editing an entry changes it in the history', async () => {
		const { page, context } = await phonePage();
		await quickCheckIn(page, 3);
		await page.goto(`${base}/check-in/history`);
		await page.getByRole('link', { name: /Mood 3 out of 10/ }).click();
		await page.getByRole('heading', { name: 'Edit check-in' }).waitFor();
		const mood = page.getByRole('slider', { name: /^How was your mood on / });
		await mood.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await mood.getAttribute('aria-valuetext')).toBe('5 out of 10, Okay');
		await page.getByLabel('Note').fill('Better after lunch');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await page.getByRole('heading', { name: 'Check-in history' }).waitFor();
		await page.getByRole('link', { name: /Mood 5 out of 10/ }).waitFor();
		expect(await page.getByRole('link', { name: /Mood 3 out of 10/ }).count()).toBe(0);
		expect(await page.getByText('Better after lunch').count()).toBe(1);
		await context.close();
	});

	test('a deleted entry comes back with Undo; without it, it is gone after a reload', async () => {
		const { page, context } = await phonePage();
		await quickCheckIn(page, 8);
		await page.goto(`${base}/check-in/history`);
		const entry = page.getByRole('link', { name: /Mood 8 out of 10/ });
		await entry.waitFor();
		await page.getByRole('button', { name: /^Delete the check-in at/ }).click();
		await page.getByText('Check-in deleted.').waitFor();
		expect(await entry.count()).toBe(0);
		await axe(page, 'history with undo');
		await page.getByRole('button', { name: 'Undo' }).click();
		await entry.waitFor();

		await page.getByRole('button', { name: /^Delete the check-in at/ }).click();
		await page.getByText('Check-in deleted.').waitFor();
		await page.reload();
		await page.getByText('No check-ins yet.', { exact: false }).waitFor();
		expect(await entry.count()).toBe(0);
		await context.close();
	});

	test('years of entries open one month at a time; earlier and later skip empty months', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/check-in/history`);
		await page.getByText('No check-ins yet.', { exact: false }).waitFor();
		// Three years of two check-ins a day, written straight into storage.
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('between');
					open.onsuccess = () => {
						const tx = open.result.transaction('checkIns', 'readwrite');
						const store = tx.objectStore('checkIns');
						const last = Date.UTC(2025, 11, 31);
						for (let d = 0; d < 3 * 365; d += 1) {
							const day = new Date(last - d * 86_400_000).toISOString().slice(0, 10);
							for (const hour of ['08', '20']) {
								const at = `${day}T${hour}:00:00.000+00:00`;
								store.add({
									id: crypto.randomUUID(),
									day,
									at,
									mood: (d + Number(hour)) % 11,
									ratings: {},
									tagIds: [],
									note: '',
									filledInLater: false,
									createdAt: at,
									updatedAt: at
								});
							}
						}
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
					};
				})
		);
		await page.reload();
		await page.getByRole('heading', { name: 'December 2025', level: 2 }).waitFor();
		await page.getByRole('heading', { name: /Wednesday,? 31 December 2025/ }).waitFor();
		const days = page.locator('section.day');
		expect(await days.count()).toBe(31);
		expect(await page.getByRole('link', { name: /Mood/ }).count()).toBe(62);
		expect(await page.getByRole('button', { name: /^Later month/ }).count()).toBe(0);
		await page.getByRole('button', { name: 'Earlier: November 2025' }).click();
		await page.getByRole('heading', { name: /Sunday,? 30 November 2025/ }).waitFor();
		expect(await days.count()).toBe(30);
		// The month is in the address: a reload stays on it, and focus is on its heading.
		expect(page.url()).toContain('?month=2025-11');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('November 2025');
		await axe(page, 'history, an earlier month');

		// Deleting a whole month away: the months around it are skipped over.
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('between');
					open.onsuccess = () => {
						const tx = open.result.transaction('checkIns', 'readwrite');
						tx
							.objectStore('checkIns')
							.index('day')
							.openCursor(IDBKeyRange.bound('2025-10-01', '2025-10-31')).onsuccess = (event) => {
							const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
							if (cursor) {
								cursor.delete();
								cursor.continue();
							}
						};
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
					};
				})
		);
		await page.reload();
		await page.getByRole('button', { name: 'Earlier month: September 2025' }).click();
		await page.getByRole('heading', { name: 'September 2025', level: 2 }).waitFor();
		await page.getByRole('button', { name: 'Later month: November 2025' }).click();
		await page.getByRole('heading', { name: 'November 2025', level: 2 }).waitFor();
		await context.close();
	});

	test('symptoms and tags can be added, renamed, reordered and archived', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/check-in/manage`);
		await page.getByLabel('Add a symptom').fill('Headache');
		await page.getByRole('button', { name: 'Add' }).first().click();
		await page.getByText('Headache added.').waitFor();
		await page.getByRole('button', { name: 'Move Headache up' }).click();
		await page.getByRole('button', { name: 'Archive Anxiety' }).click();
		await page.getByRole('button', { name: 'Rename Energy' }).click();
		await page.getByLabel('Rename Energy').fill('Get-up-and-go');
		await page.getByRole('button', { name: 'Save' }).click();
		await page.getByText('Renamed to Get-up-and-go.').waitFor();
		await axe(page, 'manage');

		await page.goto(`${base}/check-in`);
		await page.getByRole('slider', { name: 'Headache' }).waitFor();
		const names = await page
			.getByRole('slider')
			.evaluateAll((sliders) =>
				sliders.map((s) => document.querySelector(`label[for="${s.id}"]`)?.textContent)
			);
		expect(names).toEqual([
			'How is your mood right now?',
			'Low mood',
			'Sleep quality',
			'Get-up-and-go',
			'Headache',
			'Irritability'
		]);
		await context.close();
	});
});
