import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations as axe, useBrowser } from './setup';
import { readStore } from './stored';

const { base, phonePage } = useBrowser();

describe('the exposure ladder', () => {
	test('three steps ranked by expected distress, two practices with the peak coming down, one step mastered; it is all there after a reload, and axe finds nothing (light and dark)', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await phonePage({ colorScheme });
			await page.goto(`${base}/homework`);
			await page.getByRole('button', { name: /^Exposure ladder/ }).click();
			await page.waitForURL(/\/homework\/ladder\//);
			await page.getByRole('heading', { level: 1, name: 'Exposure ladder' }).waitFor();
			await axe(page, `ladder, empty, ${colorScheme}`);

			await page.getByLabel('What are you working towards?').fill('Take the bus to work');
			const addStep = page.getByRole('form', { name: 'Add a step' });
			for (const [situation, expected] of [
				['Ride the bus for the whole journey at rush hour', '80'],
				['Stand at the bus stop for five minutes', '30'],
				['Ride one stop with a friend', '55']
			] as const) {
				await addStep.getByLabel('The situation').fill(situation);
				await addStep.getByRole('slider', { name: 'How much distress do you expect?' }).fill(expected);
				await addStep.getByRole('button', { name: 'Add this step' }).click();
				await page.getByRole('heading', { level: 3, name: situation }).waitFor();
			}
			// Ranked: the least expected distress first.
			const ladder = page.getByRole('region', { name: 'Your ladder, easiest first' });
			expect(await ladder.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
				'Stand at the bus stop for five minutes',
				'Ride one stop with a friend',
				'Ride the bus for the whole journey at rush hour'
			]);

			// Two practices of the first step, the peak lower the second time.
			for (const [before, peak, after, minutes] of [
				['40', '70', '30', '10'],
				['30', '45', '20', '15']
			] as const) {
				await page
					.getByRole('button', { name: 'Log a practice of Stand at the bus stop for five minutes' })
					.click();
				const practice = page.getByRole('form', {
					name: 'A practice: Stand at the bus stop for five minutes'
				});
				await practice.getByRole('slider', { name: 'Distress before' }).fill(before);
				await practice.getByRole('slider', { name: 'Distress at its peak' }).fill(peak);
				await practice.getByRole('slider', { name: 'Distress after' }).fill(after);
				await practice.getByLabel('How many minutes?').fill(minutes);
				await practice.getByRole('button', { name: 'Add this practice' }).click();
				await practice.waitFor({ state: 'detached' });
			}
			await ladder.getByText('The peak came down from 70 to 45.').waitFor();
			expect(await ladder.getByText('Practised 2 times').count()).toBe(1);
			await ladder
				.getByRole('checkbox', { name: 'Stand at the bus stop for five minutes: mastered' })
				.check();
			await ladder.getByText('1 of 3 steps mastered').waitFor();
			await axe(page, `ladder, with steps, ${colorScheme}`);

			// Stored, not only on screen: the step is mastered in the database before the reload.
			const id = page.url().split('/').at(-1)!;
			await expect
				.poll(async () => {
					const row = await readStore<{ steps: { mastered: boolean }[] }>(page, 'worksheets', id);
					return row?.steps.filter((step) => step.mastered).length;
				})
				.toBe(1);
			await page.reload();
			await page.getByRole('heading', { level: 3, name: 'Ride one stop with a friend' }).waitFor();
			await ladder.getByText('1 of 3 steps mastered').waitFor();
			await ladder.getByText('The peak came down from 70 to 45.').waitFor();
			expect(await page.getByLabel('What are you working towards?').inputValue()).toBe(
				'Take the bus to work'
			);

			// Listed on Homework by its goal.
			await page.goto(`${base}/homework`);
			await page.getByRole('link', { name: /Take the bus to work/ }).waitFor();
			await context.close();
		}
	});

	test('the same ladder open in two tabs: a step added in each keeps both, and each tab shows the other’s', async () => {
		const { page: first, context } = await phonePage();
		await first.goto(`${base}/homework`);
		await first.getByRole('button', { name: /^Exposure ladder/ }).click();
		await first.waitForURL(/\/homework\/ladder\//);
		const second = await context.newPage();
		await second.goto(first.url());
		const add = async (page: typeof first, situation: string, expected: string) => {
			const form = page.getByRole('form', { name: 'Add a step' });
			await form.getByLabel('The situation').fill(situation);
			await form.getByRole('slider', { name: 'How much distress do you expect?' }).fill(expected);
			await form.getByRole('button', { name: 'Add this step' }).click();
		};
		await add(first, 'Stand at the bus stop', '30');
		await first.getByRole('heading', { level: 3, name: 'Stand at the bus stop' }).waitFor();
		await add(second, 'Ride one stop with a friend', '55');
		for (const page of [first, second])
			for (const situation of ['Stand at the bus stop', 'Ride one stop with a friend'])
				await page.getByRole('heading', { level: 3, name: situation }).waitFor();
		const id = first.url().split('/').at(-1)!;
		await expect
			.poll(async () =>
				(await readStore<{ steps: { situation: string }[] }>(first, 'worksheets', id))?.steps.map(
					(step) => step.situation
				)
			)
			.toEqual(['Stand at the bus stop', 'Ride one stop with a friend']);
		await context.close();
	});
});
