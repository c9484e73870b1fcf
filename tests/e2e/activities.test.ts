import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations as axe, useBrowser } from './setup';

const { base, phonePage } = useBrowser();

describe('the activity log and plan', () => {
	test('an activity planned, then done with ratings, is in the log; a half-typed one survives a reload; axe finds nothing (light and dark)', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await phonePage({ colorScheme });
			await page.goto(`${base}/homework`);
			await page.getByRole('link', { name: /Activity log and plan/ }).click();
			await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
			await axe(page, `activities, empty, ${colorScheme}`);

			// Planned for tomorrow, with why it matters.
			await page.getByLabel('What will you do?').fill('Call Gran');
			await page.getByLabel('Why it matters to you (optional)').fill('Family matters to me');
			await page.getByLabel('Time of day').nth(1).selectOption('evening');
			await page.getByRole('button', { name: 'Add to the plan' }).click();
			const planned = page.getByRole('region', { name: 'Planned' });
			await planned.getByText('Call Gran').waitFor();
			expect(await planned.getByText('Family matters to me').count()).toBe(1);

			// Done, with a mood and a pleasure rating (mastery left unrated).
			await page.getByRole('button', { name: 'Mark Call Gran as done' }).click();
			await page.getByRole('heading', { name: 'How did Call Gran go?' }).waitFor();
			await axe(page, `marking done, ${colorScheme}`);
			const form = page.getByRole('form', { name: 'How did Call Gran go?' });
			await form.getByRole('slider', { name: 'Mood' }).fill('8');
			await form.getByRole('slider', { name: /Pleasure/ }).fill('9');
			await form.getByRole('button', { name: 'Save' }).click();
			await page.getByText('Marked as done. Well noticed.').waitFor();
			await planned.getByText('Nothing planned yet.').waitFor();
			const log = page.getByRole('region', { name: 'Your log' });
			await log.getByText('Evening: Call Gran').waitFor();
			expect(await log.getByText('Mood 8 · Mastery – · Pleasure 9 · Planned, done').count()).toBe(1);

			// A half-typed log entry is a draft: a reload brings it back.
			await page.getByLabel('What did you do?').fill('Walk by the river');
			await page.getByText('Saved', { exact: true }).first().waitFor();
			await page.reload();
			await expect.poll(() => page.getByLabel('What did you do?').inputValue()).toBe('Walk by the river');
			await log.getByText('Evening: Call Gran').waitFor();
			await axe(page, `activities, with a log, ${colorScheme}`);
			await page.getByRole('link', { name: 'Help now: crisis lines and your people' }).waitFor();
			await context.close();
		}
	});
});
