import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations as axe, useBrowser } from './setup';
import { readStore } from './stored';

const { base, phonePage } = useBrowser();

interface StoredProblem {
	problem: string;
	options: { text: string; pros: string; cons: string }[];
	chosen: string | null;
	plan: { text: string; done: boolean }[];
	outcome: string | null;
	review: string;
	completedAt: string | null;
	editedAt: string[];
}

describe('problem solving', () => {
	test('defined, three options weighed across a reload, one chosen and planned; reopened later to look back; axe finds nothing (light and dark)', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page, context } = await phonePage({ colorScheme });
			await page.goto(`${base}/homework`);
			await page.getByRole('button', { name: /^Problem solving/ }).click();
			await page.waitForURL(/\/homework\/problem-solving\//);
			const id = new URL(page.url()).pathname.split('/').at(-1)!;
			await page.getByText('Step 1 of 6').waitFor();
			await axe(page, `problem solving step 1 ${colorScheme}`);

			// Nothing written yet: a clear word, and no step forward.
			await page.getByRole('button', { name: 'Next' }).click();
			await page.getByRole('alert').getByText('Describe the problem in a few words first.').waitFor();
			await page
				.getByRole('textbox', { name: 'The problem' })
				.fill('I keep putting off calling the landlord about the leak.');
			await page
				.getByRole('textbox', { name: 'If it were solved, what would be different?' })
				.fill('A repair date is set');
			await page.getByRole('button', { name: 'Next' }).click();

			await page.getByRole('heading', { level: 2, name: 'Options' }).waitFor();
			for (const option of ['Call tomorrow at 9', 'Email tonight', 'Ask my sister to sit with me']) {
				await page.getByRole('textbox', { name: 'An option' }).fill(option);
				await page.getByRole('button', { name: 'Add option' }).click();
				await page.getByRole('button', { name: `Remove “${option}”` }).waitFor();
			}
			await axe(page, `problem solving options ${colorScheme}`);
			await page.getByRole('button', { name: 'Next' }).click();

			// Weighing, then a reload in the middle of it: every word is back, at the same step.
			await page.getByRole('heading', { level: 2, name: 'Pros and cons' }).waitFor();
			const email = page.getByRole('group', { name: 'Email tonight' });
			await email.getByRole('textbox', { name: 'For it' }).fill('I can write it calmly');
			await email.getByRole('textbox', { name: 'Against it' }).fill('The reply may be slow');
			await page.getByText('Saved', { exact: true }).waitFor();
			await page.reload();
			await expect
				.poll(() =>
					page
						.getByRole('group', { name: 'Email tonight' })
						.getByRole('textbox', { name: 'Against it' })
						.inputValue()
				)
				.toBe('The reply may be slow');
			expect(await page.getByText('Step 3 of 6').count()).toBe(1);
			await page.getByRole('button', { name: 'Next' }).click();

			await page.getByRole('button', { name: 'Next' }).click();
			await page.getByRole('alert').getByText('Choose the option you will try first.').waitFor();
			await page.getByRole('radio', { name: 'Email tonight' }).check();
			await page.getByRole('button', { name: 'Next' }).click();

			await page.getByRole('heading', { level: 2, name: 'Plan the steps' }).waitFor();
			for (const step of ['Find the email address', 'Write three sentences', 'Send it before 8 pm']) {
				await page.getByRole('textbox', { name: 'A step', exact: true }).fill(step);
				await page.getByRole('button', { name: 'Add step' }).click();
				await page.getByRole('button', { name: `Remove “${step}”` }).waitFor();
			}
			await axe(page, `problem solving plan ${colorScheme}`);
			await page.getByRole('button', { name: 'Save the plan' }).click();

			// Saved and listed, waiting to be looked back on.
			await page.waitForURL(`${base}/homework`);
			const item = page.getByRole('listitem').filter({ hasText: 'I keep putting off calling' });
			await item.getByText('Time to look back on how it went').waitFor();
			const saved = await readStore<StoredProblem>(page, 'worksheets', id);
			expect(saved?.options.map((o) => o.text)).toEqual([
				'Call tomorrow at 9',
				'Email tonight',
				'Ask my sister to sit with me'
			]);
			expect(saved?.options[1]).toMatchObject({
				pros: 'I can write it calmly',
				cons: 'The reply may be slow'
			});
			expect(saved?.plan.map((s) => s.done)).toEqual([false, false, false]);
			expect(saved?.completedAt).not.toBeNull();

			// Later: it reopens at looking back.
			await item.getByRole('link').click();
			await page.getByText('Step 6 of 6').waitFor();
			await page.getByRole('heading', { level: 2, name: 'Look back' }).waitFor();
			await page.getByRole('checkbox', { name: 'Find the email address' }).check();
			await page.getByRole('checkbox', { name: 'Write three sentences' }).check();
			await page.getByRole('radio', { name: 'Better than before' }).check();
			await page
				.getByRole('textbox', { name: 'What happened, and what did you learn?' })
				.fill('Sent it on Tuesday. Writing it first made it easier.');
			await axe(page, `problem solving look back ${colorScheme}`);
			await page.getByRole('button', { name: 'See the summary' }).click();
			await page.getByRole('heading', { level: 2, name: 'Summary' }).waitFor();
			await page.getByText('2 of 3 steps done').waitFor();
			await page.getByRole('button', { name: 'Save changes' }).click();

			await page.waitForURL(`${base}/homework`);
			const looked = await readStore<StoredProblem>(page, 'worksheets', id);
			expect(looked).toMatchObject({ outcome: 'better', completedAt: saved?.completedAt });
			expect(looked?.editedAt).toHaveLength(1);
			expect(looked?.plan.map((s) => s.done)).toEqual([true, true, false]);
			await page
				.getByRole('listitem')
				.filter({ hasText: 'I keep putting off calling' })
				.getByText(/edited/)
				.waitFor();
			expect(await page.getByText('Time to look back on how it went').count()).toBe(0);
			await context.close();
		}
	});
});
