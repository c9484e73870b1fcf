import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildPlan } from './safety-plan-helpers';
import { expectNoAxeViolations as axe, useBrowser } from './setup';
import { readStore } from './stored';

const { base, phonePage } = useBrowser();

/** Every stored measure response. */
const storedResponses = (page: Page) => readStore<Record<string, unknown>>(page, 'measureResponses');

describe('the PHQ-9 and GAD-7', () => {
	test('PHQ-9 item 9 above 0 shows crisis lines at once, the form still finishes, and the flag is kept', async () => {
		const { page, context, outside } = await phonePage();
		await page.goto(`${base}/measures/phq9`);
		await page.getByText('Question 1 of 9').waitFor();
		for (let i = 1; i <= 8; i += 1) {
			await page.getByText(`Question ${i} of 9`).waitFor();
			await page.getByText('Not at all', { exact: true }).click();
		}
		await page
			.getByText('Thoughts that you would be better off dead or of hurting yourself in some way')
			.waitFor();
		expect(await page.getByRole('heading', { name: /carry this alone/ }).count()).toBe(0);
		await page.getByText('More than half the days', { exact: true }).click();

		await page.getByRole('heading', { name: 'You don’t have to carry this alone' }).waitFor();
		const samaritans = page.getByRole('link', { name: 'Call Samaritans, 116 123' });
		expect(await samaritans.getAttribute('href')).toBe('tel:116123');
		expect(await page.getByRole('link', { name: 'Call Emergency services, 999' }).getAttribute('href')).toBe(
			'tel:999'
		);
		await page.getByText(/Nobody watches these answers in real time/).waitFor();
		await page.getByText(/tell your therapist/).waitFor();
		expect(await page.getByRole('link', { name: 'Open Help now' }).getAttribute('href')).toBe('/help#plan');
		await axe(page, 'phq9 with safety panel');

		// Not blocking: the last question is right there.
		await page.getByText('Not difficult at all', { exact: true }).click();
		await page.getByRole('button', { name: 'Finish' }).click();
		await page.getByRole('heading', { name: 'Your PHQ-9 result' }).waitFor();
		await page.getByText('2 out of 27').waitFor();
		await page.getByText(/in the minimal range for symptoms of depression/).waitFor();
		await page.getByText(/not a diagnosis/).waitFor();
		await samaritans.waitFor();
		// On a result there are no questions to carry on with.
		expect(await page.getByText(/carry on with the questions/).count()).toBe(0);
		await axe(page, 'phq9 result');

		const [response] = await storedResponses(page);
		expect(response).toMatchObject({
			instrument: 'phq9',
			answers: [0, 0, 0, 0, 0, 0, 0, 0, 2],
			difficulty: 0,
			total: 2,
			severity: 'minimal',
			safetyFlag: true
		});
		expect(outside).toEqual([]);
		await context.close();
	});

	test('a half-done GAD-7 comes back after a reload, is never scored, and the result compares with last time', async () => {
		const { page, context } = await phonePage({ colorScheme: 'dark' });
		await page.goto(`${base}/measures/gad7`);
		for (const answer of ['Several days', 'Nearly every day', 'Several days']) {
			await page.getByText(answer, { exact: true }).click();
		}
		await page.getByText('Question 4 of 7').waitFor();
		// The answers are written as a draft as they are given; reload once the third is stored.
		await expect
			.poll(
				async () =>
					(await readStore<{ value?: { answers?: unknown } }>(page, 'drafts', 'measure:gad7'))?.value?.answers
			)
			.toEqual([1, 3, 1, null, null, null, null]);
		await page.reload();
		await page.getByText('Welcome back. We kept your answers.').waitFor();
		await page.getByText('Question 4 of 7').waitFor();
		await page.goto(`${base}/measures`);
		await page.getByRole('link', { name: 'Continue the GAD-7' }).waitFor();
		expect(await page.getByText('Continue (3 of 7 answered)').count()).toBe(1);
		expect(await storedResponses(page)).toEqual([]);

		await page.getByRole('link', { name: 'Continue the GAD-7' }).click();
		for (let i = 4; i <= 7; i += 1) {
			await page.getByText(`Question ${i} of 7`).waitFor();
			await page.getByText('More than half the days', { exact: true }).click();
		}
		await page.getByRole('button', { name: 'Finish' }).click();
		await page.getByText('13 out of 21').waitFor();
		await page.getByText(/first one here/).waitFor();
		expect(await page.getByRole('heading', { name: /carry this alone/ }).count()).toBe(0);

		await page.goto(`${base}/measures/gad7`);
		for (let i = 1; i <= 7; i += 1) {
			await page.getByText(`Question ${i} of 7`).waitFor();
			await page.getByText('Several days', { exact: true }).click();
		}
		await page.getByRole('button', { name: 'Finish' }).click();
		await page.getByText('7 out of 21').waitFor();
		await page.getByText(/6 points lower than on/).waitFor();
		await axe(page, 'gad7 result, dark');
		await page.goto(`${base}/measures`);
		await page.getByRole('link', { name: /^GAD-7 · .* 7 out of 21 · Mild/ }).waitFor();
		expect(await page.getByRole('link', { name: /^GAD-7 · / }).count()).toBe(2);

		// Deleting the latest: back on the questionnaires screen with a message and Undo; the earlier one is last.
		await page.getByRole('link', { name: /^GAD-7 · .* 7 out of 21 · Mild/ }).click();
		await page.getByRole('button', { name: 'Delete this result' }).click();
		await page.getByText(/^GAD-7 result from .* deleted\.$/).waitFor();
		expect(new URL(page.url()).pathname).toBe('/measures');
		await axe(page, 'questionnaires after a delete, dark');
		expect(await page.getByRole('link', { name: /^GAD-7 · / }).count()).toBe(1);
		await page.getByText(/^Last: .*, 13 of 21 \(Moderate\)$/).waitFor();
		await page.getByRole('button', { name: 'Undo' }).click();
		await page.getByText('Result restored.').waitFor();
		await page.getByRole('link', { name: /^GAD-7 · .* 7 out of 21 · Mild/ }).waitFor();
		expect((await storedResponses(page)).length).toBe(2);
		await context.close();
	});
	test('with a safety plan, item 9 above 0 keeps the panel short, and one tap opens the plan on Help now', async () => {
		const { page, context, outside } = await phonePage();
		await buildPlan(page, base);
		await page.goto(`${base}/measures/phq9`);
		for (let i = 1; i <= 8; i += 1) {
			await page.getByText(`Question ${i} of 9`).waitFor();
			await page.getByText('Not at all', { exact: true }).click();
		}
		await page.getByText('Question 9 of 9').waitFor();
		await page.getByText('Several days', { exact: true }).click();

		const panel = page.getByRole('region', { name: 'You don’t have to carry this alone' });
		await panel.getByRole('link', { name: 'Call Samaritans, 116 123' }).waitFor();
		const openPlan = panel.getByRole('link', { name: 'Open my safety plan' });
		await openPlan.waitFor();
		expect(await panel.getByRole('link', { name: /^Text Jo \(sister\)/ }).getAttribute('href')).toBe(
			'sms:+447700900123'
		);
		// The plan itself is one tap away, not inside the panel, so the last question is one short scroll below
		// (the plan made the panel about 3,000 px tall).
		expect(await panel.getByText('Hot shower, then my playlist').count()).toBe(0);
		expect((await panel.boundingBox())!.height).toBeLessThan(1700);
		await axe(page, 'phq9 safety panel with a plan');

		await openPlan.click();
		const plan = page.getByRole('region', { name: 'My safety plan' });
		await plan.waitFor();
		await expect.poll(() => plan.evaluate((element) => element === document.activeElement)).toBe(true);
		await plan.getByText('I stop answering messages').waitFor();
		expect(outside).toEqual([]);
		await context.close();
	});
});
