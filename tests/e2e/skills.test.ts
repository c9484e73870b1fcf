import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations as noAxeViolations, useBrowser } from './setup';
import { readStore } from './stored';

const { base, phonePage, newContext } = useBrowser();

/** A stored draft's value as JSON ('' when there is none). */
const storedDraft = async (page: Page, key: string) => {
	const draft = await readStore<{ value: unknown }>(page, 'drafts', key);
	return draft ? JSON.stringify(draft.value) : '';
};

const practice = (page: Page) => page.getByRole('region', { name: 'Practice', exact: true });
const log = (page: Page) => page.getByRole('region', { name: 'Your practice log' });

/** Rates distress before, or goes on without a rating. */
async function begin(page: Page, before: number | null) {
	if (before === null) return practice(page).getByRole('button', { name: 'Continue without rating' }).click();
	await practice(page)
		.getByRole('radio', { name: String(before), exact: true })
		.check();
	await practice(page).getByRole('button', { name: 'Begin' }).click();
}

async function rateAndSave(page: Page, after: number, note = '') {
	await page.getByRole('radio', { name: String(after), exact: true }).check();
	if (note) await page.getByLabel('Note (optional)').fill(note);
	await page.getByRole('button', { name: 'Save to my log' }).click();
	await page.getByText('Saved to your log.').waitFor();
}

/** After a reload the practice is still in the log, with its distress before and after. */
async function loggedAfterReload(page: Page, distress: string, detail?: string) {
	await page.reload();
	await log(page).getByText(distress).waitFor();
	if (detail) await log(page).getByText(detail).waitFor();
}

describe('coping skills, practised end to end on a phone', () => {
	test('breathing pacer: box breathing, stopped early, logged; the screens pass axe mid-practice', async () => {
		const { page, context, outside } = await phonePage();
		await page.goto(`${base}/skills/breathing`);
		await begin(page, 6);
		await page.getByRole('radio', { name: '1 min' }).check();
		await page.getByRole('button', { name: 'Start breathing' }).click();
		const pacer = page.getByRole('group', { name: 'Breathing pacer' });
		await pacer.getByText('Breath 1 of 4').waitFor();
		await pacer.getByRole('status').filter({ hasText: 'Breathe in' }).waitFor();
		// The circle moves by a CSS transform animation, not by script.
		expect(await pacer.locator('.circle').evaluate((el) => getComputedStyle(el).animationName)).toMatch(
			/grow$/
		);
		await noAxeViolations(page, 'breathing, running');
		await page.getByRole('button', { name: 'Finish now' }).click();
		await rateAndSave(page, 3, 'on the bus');
		await loggedAfterReload(page, 'Distress 6 → 3', 'on the bus');
		await log(page).getByText('Box 4-4-4-4 · 0 breaths').waitFor();
		await noAxeViolations(page, 'breathing, logged');
		expect(outside).toEqual([]);
		await context.close();
	});

	test('with reduced motion the pacer stands still and the words and counts carry the pace', async () => {
		const context = await newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto(`${base}/skills/breathing`);
		await begin(page, null);
		await page.getByRole('button', { name: 'Start breathing' }).click();
		const pacer = page.getByRole('group', { name: 'Breathing pacer' });
		await pacer.getByText('Breathe in', { exact: true }).first().waitFor();
		await pacer.getByText(/^\d of 4$/).waitFor();
		expect(await pacer.locator('.circle').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
		await context.close();
	});

	test('grounding: a reload half-way keeps the step and the words; the finished practice is logged', async () => {
		const { page, context } = await phonePage({ colorScheme: 'dark' });
		await page.goto(`${base}/skills/grounding`);
		await begin(page, 8);
		await page.getByLabel('What can you see?').fill('lamp, window, cup, my hands, the door');
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByLabel('What can you touch?').fill('floor, jumper');
		// Reload once the half-done practice is stored, as it would be a moment after typing.
		await expect.poll(() => storedDraft(page, 'practice:grounding')).toContain('floor, jumper');
		await page.reload();
		await page.getByText('We kept your practice where you left it.').waitFor();
		await expect.poll(() => page.getByLabel('What can you touch?').inputValue()).toBe('floor, jumper');
		await noAxeViolations(page, 'grounding, restored (dark)');
		for (const label of ['What can you hear?', 'What can you smell?', 'What can you taste?']) {
			await page.getByRole('button', { name: 'Next' }).click();
			await page.getByLabel(label).fill('something');
		}
		await page.getByRole('button', { name: 'Finish' }).click();
		await rateAndSave(page, 5);
		await loggedAfterReload(page, 'Distress 8 → 5');
		await context.close();
	});

	test('body scan: timed parts, moved on by hand, stopped early and logged', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/skills/body-scan`);
		await begin(page, 4);
		await page.getByRole('button', { name: 'Start the body scan' }).click();
		await page.getByRole('heading', { name: 'Settle' }).waitFor();
		await page.getByRole('button', { name: 'Next part' }).click();
		await page.getByRole('heading', { name: 'Feet' }).waitFor();
		await page.getByText('Part 2 of 10').waitFor();
		await noAxeViolations(page, 'body scan, running');
		await page.getByRole('button', { name: 'Finish now' }).click();
		await rateAndSave(page, 2);
		await loggedAfterReload(page, 'Distress 4 → 2', '3 minutes');
		await context.close();
	});

	test('thought stopping: a plan, then notice, stop, switch; plan and practice kept', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/skills/thought-stopping`);
		await page.getByRole('button', { name: 'Add a plan' }).click();
		await page.getByLabel('Your stop cue').fill('Say Stop, hand flat on the table');
		await page.getByLabel('What you will switch to').fill('Plan Saturday’s walk');
		await page.getByRole('button', { name: 'Save plan' }).click();
		await begin(page, 7);
		for (const step of ['Notice', 'Stop', 'Switch']) {
			await practice(page).getByRole('heading', { name: step, exact: true }).waitFor();
			await practice(page)
				.getByRole('button', { name: step === 'Switch' ? 'Finish' : 'Next' })
				.click();
		}
		await rateAndSave(page, 5);
		await noAxeViolations(page, 'thought stopping, saved');
		await loggedAfterReload(page, 'Distress 7 → 5', 'Switched to: Plan Saturday’s walk');
		await page.getByText('Say Stop, hand flat on the table').first().waitFor();
		await context.close();
	});

	test('push-button: a memory in the bank, the unpleasant step skipped, logged', async () => {
		const { page, context, outside } = await phonePage();
		await page.goto(`${base}/skills/push-button`);
		await page.getByRole('button', { name: 'Add a memory' }).click();
		await page.getByLabel('A short name').fill('Gran’s kitchen');
		await page.getByRole('button', { name: 'Save memory' }).click();
		await begin(page, 5);
		await page.getByLabel('How do you feel now? (optional)').fill('warm');
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Skip this step' }).click();
		await page.getByRole('heading', { name: 'The pleasant memory again' }).waitFor();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Finish' }).click();
		await rateAndSave(page, 3);
		await loggedAfterReload(page, 'Distress 5 → 3', 'Memory: Gran’s kitchen · Unpleasant step skipped');
		await page.getByText('Gran’s kitchen', { exact: true }).first().waitFor();
		expect(outside).toEqual([]);
		await context.close();
	});

	test('sleep habits: a checklist picked and ticked, tonight’s wind-down logged, all kept', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/skills/sleep-hygiene`);
		await page.getByRole('button', { name: 'Choose habits' }).first().click();
		await page.getByLabel('Put screens away an hour before bed').check();
		await page.getByLabel('No caffeine after early afternoon').check();
		await noAxeViolations(page, 'sleep habits, choosing');
		await page.getByRole('button', { name: 'Done', exact: true }).click();
		await page
			.getByRole('group', { name: /^The night of/ })
			.getByLabel('No caffeine after early afternoon')
			.check();
		await page.getByText('1 of 2 done').waitFor();
		const windDown = page.getByRole('region', { name: 'Tonight’s wind-down' });
		await windDown.getByRole('button', { name: 'Continue without rating' }).click();
		await windDown.getByRole('button', { name: 'Done tonight' }).click();
		await windDown.getByRole('button', { name: 'Done tonight' }).click();
		await windDown.getByRole('radio', { name: '2', exact: true }).check();
		await windDown.getByRole('button', { name: 'Save to my log' }).click();
		await page.getByText('Saved to your log.').waitFor();
		await page.getByText('2 of 2 done').waitFor();
		await loggedAfterReload(page, 'Distress – → 2', '2 habits done');
		await page.getByText('2 of 2 done').waitFor();
		await context.close();
	});

	test('sleep diary: an impossible night is explained, a real one saved with its measures and kept', async () => {
		const { page, context, outside } = await phonePage({ colorScheme: 'dark' });
		await page.goto(`${base}/skills/sleep-hygiene`);
		await page.getByRole('link', { name: /Sleep diary/ }).click();
		await page.getByRole('heading', { level: 1, name: 'Sleep diary' }).waitFor();
		const fields: [string, string][] = [
			['What time did you get into bed?', '22:30'],
			['What time did you try to go to sleep?', '23:00'],
			['How long did it take you to fall asleep? (minutes)', '20'],
			['How many times did you wake up, not counting your final awakening?', '2'],
			['In total, how long did these awakenings last? (minutes)', '30'],
			['What time was your final awakening?', '06:30'],
			['What time did you get out of bed for the day?', '06:00']
		];
		for (const [label, value] of fields) await page.getByLabel(label).fill(value);
		await page.getByRole('button', { name: 'Save diary' }).click();
		const problem = 'You got out of bed before your final waking. Check these two times.';
		await page.getByText(problem).first().waitFor();
		await noAxeViolations(page, 'diary with a problem (dark)');
		await page.getByLabel('What time did you get out of bed for the day?').fill('07:00');
		await page.getByLabel('Good', { exact: true }).check();
		await page.getByRole('button', { name: 'Save diary' }).click();
		await page.getByText('Diary saved.').waitFor();
		await page.reload();
		const nights = page.getByRole('region', { name: 'Your nights' });
		await nights.getByText('78 %').waitFor();
		await nights.getByText('6 h 40 min').waitFor();
		await nights.getByText('Good').waitFor();
		await page
			.getByRole('region', { name: 'The last 7 days' })
			.getByText('Average of 1 night with a diary')
			.waitFor();
		await noAxeViolations(page, 'diary saved (dark)');
		expect(outside).toEqual([]);
		await context.close();
	});

	test('the Skills screen keeps a favourite first and passes axe with data', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/skills`);
		await page.getByRole('button', { name: 'Favourite: Body scan' }).click();
		const favourites = page.getByRole('region', { name: 'Your favourites' });
		await favourites.getByRole('link', { name: /Body scan/ }).waitFor();
		await page.reload();
		await favourites.getByRole('link', { name: /Body scan/ }).click();
		await page.getByRole('heading', { level: 1, name: 'Body scan' }).waitFor();
		expect(
			await page.getByRole('button', { name: 'Favourite: Body scan' }).getAttribute('aria-pressed')
		).toBe('true');
		await page.goto(`${base}/skills`);
		await favourites.waitFor();
		await noAxeViolations(page, 'skills with a favourite');
		await context.close();
	});
});
