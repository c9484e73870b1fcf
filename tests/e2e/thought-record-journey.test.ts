import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';

const { base, phonePage } = useBrowser();

// The full thought record as a client does it on a phone, late and interrupted: a reload at step 4, and the page
// closed a tenth of a second after the last keystroke at step 5. Nothing written is lost, and it completes.

describe('a full thought record, interrupted', () => {
	test('a reload at step 4 and closing the page 100 ms after a keystroke lose nothing; it completes with the mood change', async () => {
		const { page: first, context } = await phonePage();
		await first.goto(`${base}/homework`);
		await first.getByRole('button', { name: /^Thought record/ }).click();
		await first.waitForURL(/\/homework\/thought-record\//);
		const url = first.url();
		const next = () => first.getByRole('button', { name: 'Next' }).click();
		const onStep = (page: typeof first, n: number) => page.getByText(`Step ${n} of 7`).waitFor();

		await first
			.getByRole('textbox', { name: 'The situation' })
			.fill('Sunday night, alone, no reply from Sam');
		await next();
		await onStep(first, 2);
		await first.getByRole('button', { name: 'Sad', exact: true }).click();
		await first.getByLabel('Sad, how strong (0-100)').fill('80');
		await next();
		await onStep(first, 3);
		if ((await first.getByRole('textbox', { name: 'Thought 1' }).count()) === 0)
			await first.getByRole('button', { name: 'Add a thought' }).click();
		await first.getByRole('textbox', { name: 'Thought 1' }).fill('Nobody wants me around');
		await first.getByRole('radio', { name: 'Hot thought' }).check();
		await next();
		await onStep(first, 4);
		await first
			.getByRole('textbox', { name: 'Evidence that supports the hot thought' })
			.fill('Sam did not reply all day');
		await first.getByText('Saved', { exact: true }).waitFor();

		// Reloaded at step 4: back on step 4 with its words.
		await first.reload();
		await onStep(first, 4);
		await expect
			.poll(() => first.getByRole('textbox', { name: 'Evidence that supports the hot thought' }).inputValue())
			.toBe('Sam did not reply all day');
		await next();
		await onStep(first, 5);

		// Closed 100 ms after the last key: the tab goes the way a swipe-away closes it (pagehide, no more time).
		const against = 'Sam is often busy on Sundays; Ana called me yesterday';
		await first.getByRole('textbox', { name: 'Evidence that does not support the hot thought' }).click();
		await first.keyboard.type(against, { delay: 15 });
		await new Promise((done) => setTimeout(done, 100));
		await first.close({ runBeforeUnload: true });

		const page = await context.newPage();
		await page.goto(url);
		await onStep(page, 5);
		await expect
			.poll(() =>
				page.getByRole('textbox', { name: 'Evidence that does not support the hot thought' }).inputValue()
			)
			.toBe(against);
		await page.getByRole('button', { name: 'Next' }).click();
		await onStep(page, 6);
		await page
			.getByRole('textbox', { name: 'Balanced or alternative thought' })
			.fill('Sam is busy; people do want me around');
		await page.getByLabel('How much you believe it (0-100)').fill('60');
		await page.getByRole('button', { name: 'Next' }).click();
		await onStep(page, 7);
		await page.getByLabel('Sad now (0-100)').fill('40');
		await page.getByRole('button', { name: 'See the summary' }).click();
		await page.getByText('Sad: 80 before, 40 now').waitFor();
		for (const words of ['Sunday night, alone, no reply from Sam', 'Sam did not reply all day', against])
			expect(await page.getByText(words).count()).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'Done' }).click();
		await page.waitForURL(`${base}/homework`);
		const completed = page.getByRole('region', { name: 'Completed' });
		await completed.getByRole('link', { name: /Nobody wants me around/ }).waitFor();
		await context.close();
	});

	test('a quick record expanded into a full one carries every word over, and both are listed', async () => {
		const { page, context } = await phonePage();
		await page.goto(`${base}/homework`);
		await page.getByRole('button', { name: /^Quick thought record/ }).click();
		await page.waitForURL(/\/homework\/quick\//);
		await page.getByRole('textbox', { name: 'The thought' }).fill('I will fail the exam');
		await page.getByRole('textbox', { name: 'Challenge: what else is true?' }).fill('I passed the last two');
		await page.getByRole('textbox', { name: 'Alternative thought' }).fill('I have prepared; I can do this');
		await page.getByRole('button', { name: 'Expand into a full thought record' }).click();
		await page.waitForURL(/\/homework\/thought-record\//);
		await page.getByText('Step 1 of 7').waitFor();
		// The quick record's thought is the hot thought, its challenge the evidence against, its alternative the
		// balanced thought.
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByText('Step 2 of 7').waitFor();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByText('Step 3 of 7').waitFor();
		expect(await page.getByRole('textbox', { name: 'Thought 1' }).inputValue()).toBe('I will fail the exam');
		expect(await page.getByRole('radio', { name: 'Hot thought' }).isChecked()).toBe(true);
		for (const step of [4, 5]) {
			await page.getByRole('button', { name: 'Next' }).click();
			await page.getByText(`Step ${step} of 7`).waitFor();
		}
		expect(
			await page.getByRole('textbox', { name: 'Evidence that does not support the hot thought' }).inputValue()
		).toBe('I passed the last two');
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByText('Step 6 of 7').waitFor();
		expect(await page.getByRole('textbox', { name: 'Balanced or alternative thought' }).inputValue()).toBe(
			'I have prepared; I can do this'
		);

		await page.goto(`${base}/homework`);
		// The quick record is completed; the full one waits to be finished.
		await page
			.getByRole('region', { name: 'Completed' })
			.getByRole('link', { name: /I will fail the exam/ })
			.waitFor();
		await page
			.getByRole('region', { name: 'Not finished yet' })
			.getByRole('link', { name: /I will fail the exam/ })
			.waitFor();
		await context.close();
	});
});
