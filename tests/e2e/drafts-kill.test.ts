import type { BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { useBrowser } from './setup';
import { fillStorage } from './faults';
import { storedText } from './safety-plan-helpers';
import { readStore } from './stored';

// Drafts against the worst a phone does: the browser killed outright (SIGKILL, as the system does to free memory),
// and the same form open in two tabs.

const { base, phonePage, profile } = useBrowser();

/** The main Chromium process of the profile in `dir` (the one without a --type= switch), found in /proc. */
function browserPid(dir: string): number {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let args: string[];
		try {
			args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
		} catch {
			continue;
		}
		if (args.includes(`--user-data-dir=${dir}`) && !args.some((arg) => arg.startsWith('--type=')))
			return Number(entry);
	}
	throw new Error(`No Chromium process for ${dir}`);
}

/** Kills the profile's browser with SIGKILL: no unload, no pagehide, nothing flushed on the way out. */
async function killBrowser(context: BrowserContext, dir: string): Promise<void> {
	const closed = new Promise((resolve) => context.once('close', resolve));
	process.kill(browserPid(dir), 'SIGKILL');
	await closed;
}

describe('a draft stored before the browser is killed comes back', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	async function typeKillReopen(
		path: string,
		field: (page: Page) => ReturnType<Page['getByLabel']>,
		text: string,
		stored: (page: Page) => Promise<boolean>
	): Promise<string> {
		const dir = mkdtempSync(join(tmpdir(), 'between-kill-'));
		dirs.push(dir);
		const first = await profile(dir);
		const page = first.pages()[0] ?? (await first.newPage());
		await page.goto(`${base}${path}`);
		await expect.poll(() => field(page).isEditable()).toBe(true);
		await field(page).click();
		await page.keyboard.type(text, { delay: 20 });
		// Waits for the stored row, never for a set time: the kill comes as soon as the words are in IndexedDB.
		await expect.poll(() => stored(page)).toBe(true);
		await killBrowser(first, dir);

		const again = await profile(dir);
		const reopened = again.pages()[0] ?? (await again.newPage());
		await reopened.goto(`${base}${path}`);
		await expect.poll(() => field(reopened).inputValue()).toBe(text);
		const value = await field(reopened).inputValue();
		await again.close();
		return value;
	}

	test('the check-in note', async () => {
		const text = 'The bus was late and I still went';
		expect(
			await typeKillReopen(
				'/check-in',
				(page) => page.getByLabel('Note'),
				text,
				async (page) =>
					(await readStore<{ value: { note: string } }>(page, 'drafts', 'check-in:new'))?.value.note === text
			)
		).toBe(text);
	});

	test('a safety-plan line', async () => {
		const text = 'I stop answering messages';
		expect(
			await typeKillReopen(
				'/safety-plan',
				(page) => page.getByRole('textbox', { name: 'Warning sign 1', exact: true }),
				text,
				// In its draft or already in the plan itself, whichever the editor has reached.
				async (page) => (await storedText(page)).includes(text)
			)
		).toBe(text);
	});
});

describe('the check-in open in two tabs', () => {
	const note = (page: Page) => page.getByLabel('Note');
	const draftNote = async (page: Page) =>
		(await readStore<{ value: { note: string } }>(page, 'drafts', 'check-in:new'))?.value.note;

	test('saving a check-in in one tab keeps the other tab’s different draft, on screen and stored', async () => {
		const { page: a, context } = await phonePage();
		const b = await context.newPage();
		for (const page of [a, b]) {
			await page.goto(`${base}/check-in`);
			await expect.poll(() => note(page).isEditable()).toBe(true);
		}
		// Tab B's words are not stored yet (its writes are refused for now) when tab A types its own.
		const full = await fillStorage(b);
		await note(b).fill('Written in tab B');
		await note(a).fill('Written in tab A, different');
		await expect.poll(() => draftNote(a)).toBe('Written in tab A, different');
		// Tab B is told of tab A's words rather than having them replace its own.
		const offered = b.getByRole('textbox', { name: /could not go back into this form/ });
		await expect.poll(() => offered.inputValue()).toBe('Written in tab A, different');
		expect(await note(b).inputValue()).toBe('Written in tab B');

		await full.release();
		await b.getByRole('slider', { name: 'How is your mood right now?' }).focus();
		await b.keyboard.press('ArrowRight');
		await b.getByRole('button', { name: 'Save check-in' }).click();
		await b.getByRole('heading', { name: 'Check-in saved' }).waitFor();
		const saved = await readStore<{ note: string }>(a, 'checkIns');
		expect(saved.map((row) => row.note)).toEqual(['Written in tab B']);

		// Tab A's draft is still stored and on its screen, and comes back after a reload.
		expect(await draftNote(a)).toBe('Written in tab A, different');
		expect(await note(a).inputValue()).toBe('Written in tab A, different');
		await a.reload();
		await expect.poll(() => note(a).inputValue()).toBe('Written in tab A, different');
		await context.close();
	});
});
