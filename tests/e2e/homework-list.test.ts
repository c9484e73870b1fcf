import { describe, expect, test } from 'vitest';
import { linesOf } from './layout';
import { expectNoAxeViolations as axe, useBrowser } from './setup';
import { readStore } from './stored';

const { base, newContext } = useBrowser();

interface Stored {
	id: string;
	thought: string;
	alternative: string;
	completedAt: string;
	editedAt: string[];
}

describe('the Homework list', () => {
	test.each([320, 390])(
		'at %i px: completed worksheets by kind, searched by their words, reopened and edited, deleted with Undo',
		async (width) => {
			const context = await newContext({ viewport: { width, height: 740 } });
			const page = await context.newPage();
			for (const [thought, alternative] of [
				['I will fail the exam', 'I passed the last two'],
				['Nobody called me back, so they must all be tired of hearing from me', 'They may be busy']
			] as const) {
				await page.goto(`${base}/homework`);
				await page.getByRole('button', { name: /^Quick thought record/ }).click();
				await page.getByRole('textbox', { name: 'The thought' }).fill(thought);
				await page.getByRole('textbox', { name: 'Alternative thought' }).fill(alternative);
				await page.getByRole('button', { name: 'Done' }).click();
				await page.waitForURL(`${base}/homework`);
			}

			const list = page.getByRole('region', { name: 'Completed' });
			await list.getByRole('heading', { level: 3, name: 'Quick thought record' }).waitFor();
			const items = list.getByRole('listitem');
			await expect.poll(() => items.count()).toBe(2);
			// Each Delete stays one word on one line beside its worksheet.
			for (const button of await list.getByRole('button', { name: /^Delete/ }).all())
				expect(await linesOf(button)).toBe(1);
			await axe(page, `homework with worksheets at ${width}`);

			// Searching finds what is written inside, not only the titles.
			const search = page.getByRole('searchbox', { name: 'Search your worksheets' });
			await search.fill('last two');
			await expect
				.poll(() => items.allInnerTexts())
				.toEqual([expect.stringContaining('I will fail the exam')]);
			await search.fill('holiday');
			await page.getByRole('status').getByText('No worksheet has those words.').waitFor();
			await search.fill('');
			await expect.poll(() => items.count()).toBe(2);

			// Deleted, then put back exactly as it was.
			const stored = await readStore<Stored>(page, 'worksheets');
			const exam = stored.find((row) => row.thought === 'I will fail the exam')!;
			await list.getByRole('button', { name: 'Delete I will fail the exam' }).click();
			await expect.poll(() => items.count()).toBe(1);
			expect(await readStore(page, 'worksheets', exam.id)).toBeNull();
			await page.getByRole('button', { name: 'Undo' }).click();
			await expect.poll(() => readStore(page, 'worksheets', exam.id)).toEqual(exam);
			await expect.poll(() => items.count()).toBe(2);

			// Reopened and changed: it keeps its first completion date and records the edit.
			await list.getByRole('link', { name: /Nobody called me back/ }).click();
			const alternative = page.getByRole('textbox', { name: 'Alternative thought' });
			await expect.poll(() => alternative.inputValue()).toBe('They may be busy');
			await alternative.fill('They may be busy; they called back last time');
			await page.getByRole('button', { name: 'Save changes' }).click();
			await page.waitForURL(`${base}/homework`);
			const before = stored.find(
				(row) => row.thought === 'Nobody called me back, so they must all be tired of hearing from me'
			)!;
			const after = await readStore<Stored>(page, 'worksheets', before.id);
			expect(after).toMatchObject({
				completedAt: before.completedAt,
				alternative: 'They may be busy; they called back last time'
			});
			expect(after?.editedAt).toHaveLength(1);
			await list
				.getByRole('listitem')
				.filter({ hasText: 'Nobody called me back, so they must all be tired of hearing from me' })
				.getByText(/edited/)
				.waitFor();
			await context.close();
		}
	);
});
