import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { recordOutsideRequests, waitForServiceWorker } from './browser';
import { expectNoAxeViolations as axe, useBrowser } from './setup';

const { base, phonePage, profile } = useBrowser();

/**
 * Check-ins written straight into storage, counted back from the browser's own today: every day for the last
 * 120 days except days 20 to 29 (a gap), two on each even day (moods 2 and 6, so a mean of 4 and a spread), one on
 * each odd day (mood 8), tagged Exercise. "Anxiety" (the default symptom) is rated 5 on the last 7 days only, and
 * the sleep diary has the last 5 nights, thought stopping was practised on the last 6 days, and a quick thought record completed on the last 3.
 * A PHQ-9 was taken 3 days back (total 11, moderate, question 9 at 1) and 10 days back (5, mild), a GAD-7 5 days back
 * (12, moderate).
 */
async function seed(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('between');
				open.onsuccess = () => {
					const db = open.result;
					const lists = db.transaction(['symptoms', 'tags']);
					const read = lists.objectStore('symptoms').getAll();
					const readTags = lists.objectStore('tags').getAll();
					lists.oncomplete = () => {
						type Item = { id: string; preset: string | null };
						const anxiety = (read.result as Item[]).find((s) => s.preset === 'anxiety')!;
						const exercise = (readTags.result as Item[]).find((t) => t.preset === 'exercise')!;
						const tx = db.transaction(
							['checkIns', 'sleepDiary', 'practices', 'worksheets', 'measureResponses'],
							'readwrite'
						);
						const store = tx.objectStore('checkIns');
						const diary = tx.objectStore('sleepDiary');
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
									tagIds: back % 2 === 1 ? [exercise.id] : [],
									note: '',
									filledInLater: false,
									createdAt: at,
									updatedAt: at
								});
							});
							const measure = (
								instrument: string,
								answers: number[],
								severity: string,
								safetyFlag: boolean
							) => {
								const at = `${day}T10:00:00.000+00:00`;
								tx.objectStore('measureResponses').add({
									id: crypto.randomUUID(),
									instrument,
									day,
									at,
									answers,
									difficulty: null,
									total: answers.reduce((sum, a) => sum + a, 0),
									severity,
									safetyFlag,
									createdAt: at,
									updatedAt: at
								});
							};
							if (back === 3) measure('phq9', [2, 2, 1, 1, 1, 1, 1, 1, 1], 'moderate', true);
							if (back === 10) measure('phq9', [1, 1, 1, 1, 1, 0, 0, 0, 0], 'mild', false);
							if (back === 5) measure('gad7', [2, 2, 2, 2, 2, 1, 1], 'moderate', false);
							// A quick thought record completed on the last 3 days.
							if (back < 3) {
								const at = `${day}T21:00:00.000+00:00`;
								tx.objectStore('worksheets').add({
									id: crypto.randomUUID(),
									kind: 'quick-thought-record',
									completedAt: at,
									editedAt: [],
									createdAt: at,
									updatedAt: at,
									thought: 'I will fail',
									distortions: [],
									challenge: '',
									alternative: ''
								});
							}
							// Thought stopping on the last 6 days, distress 7 before and 4 after each time.
							if (back < 6) {
								const at = `${day}T19:00:00.000+00:00`;
								tx.objectStore('practices').add({
									id: crypto.randomUUID(),
									skill: 'thought-stopping',
									day,
									startedAt: at,
									durationSeconds: 120,
									distressBefore: 7,
									distressAfter: 4,
									note: '',
									details: { thought: '', cue: '', replacement: '' },
									createdAt: at,
									updatedAt: at
								});
							}
							// The sleep diary on the last 5 mornings: in bed 22:30-07:00, asleep 400 of 510 minutes.
							if (back < 5) {
								const at = `${day}T08:00:00.000+00:00`;
								diary.add({
									id: crypto.randomUUID(),
									day,
									timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
									inBed: '22:30',
									triedToSleep: '23:00',
									solMinutes: 20,
									awakenings: 2,
									wasoMinutes: 30,
									finalAwakening: '06:30',
									outOfBed: '07:00',
									quality: 'fair',
									comments: '',
									createdAt: at,
									updatedAt: at
								});
							}
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
	const section = page.getByRole('region', { name, exact: true });
	await section.locator('canvas[data-points]').waitFor();
	return Number(await section.locator('canvas').getAttribute('data-points'));
}

describe('progress', () => {
	test('each range shows its days or weeks, the table has the same numbers, and the range survives a reload', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/progress`);
		await page.getByText('Nothing recorded in these days yet.', { exact: false }).waitFor();
		await seed(page);
		await page.reload();

		// Two weeks: 14 days, each with data.
		expect(await pointsIn(page, 'Mood')).toBe(14);
		const mood = page.getByRole('region', { name: 'Mood', exact: true });
		await mood.getByText('Show the numbers').click();
		const rows = mood.getByRole('row');
		expect(await rows.count()).toBe(15); // the header and 14 days
		// Today is an even day back (0): two check-ins, mean 4, spread 2 to 6.
		const todayRow = mood.getByRole('row').nth(14);
		expect(await todayRow.getByRole('cell').allTextContents()).toEqual(['4', '2–6', expect.any(String), '2']);
		// Anxiety was rated on the last 7 days only: its section shows 7 points.
		expect(await pointsIn(page, 'Anxiety')).toBe(7);

		// Sleep: 5 nights, each asleep 400 of 510 minutes in bed (78.4 %, 6.7 hours).
		expect(await pointsIn(page, 'Sleep efficiency')).toBe(5);
		expect(await pointsIn(page, 'Time asleep')).toBe(5);
		const sleep = page.getByRole('region', { name: 'Sleep efficiency' });
		await sleep.getByText('Show the numbers').click();
		expect(await sleep.getByRole('columnheader').allTextContents()).toContain('Nights');
		expect(await sleep.getByRole('row').nth(5).getByRole('cell').first().textContent()).toBe('78.4');
		const hours = page.getByRole('region', { name: 'Time asleep' });
		await hours.getByText('Show the numbers').click();
		expect(await hours.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('6.7');

		// The chart follows a change of theme: its canvas is drawn again in the other theme's colours.
		const canvas = mood.locator('canvas');
		const lightLine = await canvas.getAttribute('data-line');
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		await expect.poll(() => canvas.getAttribute('data-line')).not.toBe(lightLine);
		await page.evaluate(() => delete document.documentElement.dataset.theme);
		await expect.poll(() => canvas.getAttribute('data-line')).toBe(lightLine);

		// Practice: 6 times, and what has helped says so once there are 5 rated practices.
		const practice = page.getByRole('region', { name: 'Practice', exact: true });
		expect(
			await practice
				.getByRole('row', { name: /^Thought stopping/ })
				.getByRole('cell')
				.allTextContents()
		).toEqual(['6']);
		await page
			.getByRole('region', { name: 'What has helped you' })
			.getByText('Distress fell by 3.0 on average')
			.waitFor();

		// Homework: the 3 quick records.
		const homework = page.getByRole('region', { name: 'Homework', exact: true });
		expect(
			await homework
				.getByRole('row', { name: /^Quick thought record/ })
				.getByRole('cell')
				.allTextContents()
		).toEqual(['3']);

		// Tags: in 2 weeks, 7 odd days with Exercise (mood 8) and 7 even days without (mean 4).
		const tags = page.getByRole('region', { name: 'Mood and your tags' });
		expect(
			await tags
				.getByRole('row', { name: /^Exercise/ })
				.getByRole('cell')
				.allTextContents()
		).toEqual(['8 (7 days)', '4 (7 days)']);

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

	test('questionnaires over their ranges with question 9 marked, practice by day, and since my last session', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/progress`);
		await page.getByText('Nothing recorded in these days yet.', { exact: false }).waitFor();
		await seed(page);
		await page.reload();

		// Two PHQ-9s and one GAD-7 in the last 2 weeks; the one with question 9 above 0 is said in words and in the table.
		expect(await pointsIn(page, 'PHQ-9 (mood)')).toBe(2);
		expect(await pointsIn(page, 'GAD-7 (anxiety)')).toBe(1);
		const phq9 = page.getByRole('region', { name: 'PHQ-9 (mood)' });
		await phq9.getByText(/Triangles mark the times you answered question 9/).waitFor();
		await phq9.getByText('Show the numbers').click();
		expect(await phq9.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
			'5',
			'Mild',
			'Not at all',
			'1'
		]);
		expect(await phq9.getByRole('row').nth(2).getByRole('cell').allTextContents()).toEqual([
			'11',
			'Moderate',
			'Several days',
			'1'
		]);
		const gad7 = page.getByRole('region', { name: 'GAD-7 (anxiety)' });
		expect(await gad7.getByText(/question 9/).count()).toBe(0);

		// Practice: one bar on each of the last 6 days, 6 in the table.
		expect(await pointsIn(page, 'Practice')).toBe(6);
		const practice = page.getByRole('region', { name: 'Practice', exact: true });
		await practice.getByText('Show the numbers').click();
		expect(await practice.getByRole('table').first().getByRole('row').count()).toBe(7);

		// Since my last session: asked for once, refused in the future, then kept across a reload.
		const day = (back: number) =>
			page.evaluate((back) => {
				const d = new Date();
				d.setDate(d.getDate() - back);
				return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
			}, back);
		await page.getByRole('link', { name: 'Since my last session' }).click();
		await page.waitForURL(/range=since/);
		const date = page.getByLabel('Date of my last session');
		await date.fill(await day(-1));
		await page.getByRole('button', { name: 'Show since then' }).click();
		await page.getByText('Choose a day that has already come: today at the latest.').waitFor();
		await date.fill(await day(10));
		await page.getByRole('button', { name: 'Show since then' }).click();
		await page.getByText(/^Since your session on/).waitFor();
		// 11 days, today included, each with a check-in.
		await expect.poll(() => pointsIn(page, 'Mood')).toBe(11);
		await page.reload();
		expect(await page.getByRole('link', { name: 'Since my last session' }).getAttribute('aria-current')).toBe(
			'page'
		);
		expect(await pointsIn(page, 'Mood')).toBe(11);
		// The session 10 days back is the first PHQ-9's day: both are in.
		expect(await pointsIn(page, 'PHQ-9 (mood)')).toBe(2);
		await context.close();
	});

	test('works offline once installed, charts and all, with no request leaving the device', async () => {
		const context = await profile();
		const outside = recordOutsideRequests(context);
		const page = await context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(base);
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.goto(`${base}/progress?range=3m`);
		await page.getByText('Nothing recorded in these days yet.', { exact: false }).waitFor();
		await seed(page);
		await page.reload();
		await expect.poll(() => pointsIn(page, 'Mood')).toBe(81);
		expect(await pointsIn(page, 'PHQ-9 (mood)')).toBe(2);
		expect(await pointsIn(page, 'Practice')).toBeGreaterThan(0);
		expect(outside).toEqual([]);
		await context.close();
	});

	test('axe finds nothing on the charts, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await phonePage({ colorScheme });
			await page.goto(`${base}/progress`);
			await page.getByText('Nothing recorded in these days yet.', { exact: false }).waitFor();
			await axe(page, `progress empty ${colorScheme}`);
			await seed(page);
			await page.reload();
			await pointsIn(page, 'Mood');
			await pointsIn(page, 'PHQ-9 (mood)');
			await pointsIn(page, 'Practice');
			for (const name of ['Mood', 'PHQ-9 (mood)', 'Practice'])
				await page.getByRole('region', { name, exact: true }).getByText('Show the numbers').click();
			await page.getByRole('link', { name: 'Since my last session' }).click();
			await page.getByLabel('Date of my last session').waitFor();
			await axe(page, `progress ${colorScheme}`);
			await context.close();
		}
	});
});
