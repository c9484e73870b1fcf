import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations as axe, useBrowser } from './setup';

const { base, phonePage } = useBrowser();

/**
 * Check-ins written straight into storage, counted back from the browser's own today: every day for the last
 * 120 days except days 20 to 29 (a gap), two on each even day (moods 2 and 6, so a mean of 4 and a spread), one on
 * each odd day (mood 8). "Anxiety" (the default symptom) is rated 5 on the last 7 days only.
 */
async function seed(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('between');
				open.onsuccess = () => {
					const db = open.result;
					const read = db.transaction('symptoms').objectStore('symptoms').getAll();
					read.onsuccess = () => {
						const anxiety = (read.result as { id: string; preset: string | null }[]).find(
							(s) => s.preset === 'anxiety'
						)!;
						const tx = db.transaction('checkIns', 'readwrite');
						const store = tx.objectStore('checkIns');
						const now = new Date();
						const local = (d: Date) =>
							`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
						for (let back = 0; back < 120; back += 1) {
							if (back >= 20 && back < 30) continue;
							const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
							const day = local(date);
							const moods = back % 2 === 0 ? [2, 6] : [8];
							moods.forEach((mood, i) => {
								const at = `${day}T${String(8 + i * 10).padStart(2, '0')}:00:00.000+00:00`;
								store.add({
									id: crypto.randomUUID(),
									day,
									at,
									mood,
									ratings: back < 7 ? { [anxiety.id]: 5 } : {},
									tagIds: [],
									note: '',
									filledInLater: false,
									createdAt: at,
									updatedAt: at
								});
							});
						}
						tx.oncomplete = () => resolve();
						tx.onerror = () => reject(tx.error);
					};
				};
				open.onerror = () => reject(open.error);
			})
	);
}

/** The number of bins drawn with data in the chart named `name`, once it has drawn. */
async function pointsIn(page: Page, name: string): Promise<number> {
	const section = page.getByRole('region', { name });
	await section.locator('canvas[data-points]').waitFor();
	return Number(await section.locator('canvas').getAttribute('data-points'));
}

describe('progress', () => {
	test('each range shows its days or weeks, the table has the same numbers, and the range survives a reload', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/progress`);
		await page.getByText('No check-ins in these days yet.', { exact: false }).waitFor();
		await seed(page);
		await page.reload();

		// Two weeks: 14 days, each with data.
		expect(await pointsIn(page, 'Mood')).toBe(14);
		const mood = page.getByRole('region', { name: 'Mood' });
		await mood.getByText('Show the numbers').click();
		const rows = mood.getByRole('row');
		expect(await rows.count()).toBe(15); // the header and 14 days
		// Today is an even day back (0): two check-ins, mean 4, spread 2 to 6.
		const todayRow = mood.getByRole('row').nth(14);
		expect(await todayRow.getByRole('cell').allTextContents()).toEqual(['4', '2–6', expect.any(String), '2']);
		// Anxiety was rated on the last 7 days only: its section shows 7 points.
		expect(await pointsIn(page, 'Anxiety')).toBe(7);

		// 3 months: 91 days, less the 10-day gap.
		await page.getByRole('link', { name: '3 months' }).click();
		await page.waitForURL(/range=3m/);
		await expect.poll(() => pointsIn(page, 'Mood')).toBe(81);
		expect(await page.getByRole('link', { name: '3 months' }).getAttribute('aria-current')).toBe('page');

		// A year is drawn by week: at most 53 points, however many days.
		await page.getByRole('link', { name: 'A year' }).click();
		await page.waitForURL(/range=1y/);
		await expect.poll(() => pointsIn(page, 'Mood')).toBeLessThanOrEqual(19);
		expect(await pointsIn(page, 'Mood')).toBeGreaterThanOrEqual(16);
		await page.reload();
		expect(await page.getByRole('link', { name: 'A year' }).getAttribute('aria-current')).toBe('page');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await context.close();
	});

	test('axe finds nothing on the charts, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await phonePage({ colorScheme });
			await page.goto(`${base}/progress`);
			await page.getByText('No check-ins in these days yet.', { exact: false }).waitFor();
			await axe(page, `progress empty ${colorScheme}`);
			await seed(page);
			await page.reload();
			await pointsIn(page, 'Mood');
			await page.getByRole('region', { name: 'Mood' }).getByText('Show the numbers').click();
			await axe(page, `progress ${colorScheme}`);
			await context.close();
		}
	});
});
