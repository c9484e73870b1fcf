import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';
import { readStore } from './stored';

const { base, phonePage } = useBrowser();

async function openNote(page: Page) {
	await page.goto(`${base}/check-in`);
	const note = page.getByLabel('Note');
	await note.waitFor();
	await expect.poll(() => note.isEditable()).toBe(true);
	return note;
}

describe('drafts keep every keystroke', () => {
	test('six seconds of steady typing, then a reload at once: every character is back', async () => {
		const { page, context } = await phonePage();
		const note = await openNote(page);
		const text = 'I slept badly and then the morning went better';
		await note.click();
		// The pacing of a person typing steadily: 130 ms a key never leaves a 250 ms pause.
		await page.keyboard.type(text, { delay: 130 });
		// Stored while typing went on (a crash now would keep it): all but the last half second or so.
		const stored = await readStore<{ value: { note: string } }>(page, 'drafts', 'check-in:new');
		expect(text.startsWith(stored?.value.note ?? '-')).toBe(true);
		expect(stored?.value.note.length).toBeGreaterThan(text.length - 8);
		await page.reload();
		await expect.poll(async () => (await openNote(page)).inputValue()).toBe(text);
		await context.close();
	});

	test('a reload straight after the last key keeps it', async () => {
		const { page, context } = await phonePage();
		const note = await openNote(page);
		await note.click();
		await page.keyboard.type('short and quick');
		await page.reload();
		await expect.poll(async () => (await openNote(page)).inputValue()).toBe('short and quick');
		await context.close();
	});
});
