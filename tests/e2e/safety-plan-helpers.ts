import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { HANG } from './setup';
import { readStore } from './stored';

// Shared by the safety plan's end-to-end files: filling in a plan as a client would, and reading what was stored.

/** How long a wait for the plan to be stored may last before it counts as a hang (not a claim about speed). */
export const SAVED = { timeout: HANG };

/** What IndexedDB holds for the plan and its draft. */
export const storedText = async (page: Page) =>
	JSON.stringify([
		await readStore(page, 'safetyPlan', 'safety-plan'),
		await readStore(page, 'drafts', 'safety-plan')
	]);

/** The stored plan row (null before there is one). */
export const storedPlan = (page: Page) =>
	readStore<{ sections: Record<string, string[]>; contacts: Record<string, string[]> }>(
		page,
		'safetyPlan',
		'safety-plan'
	);

/** Fills in a plan through the editor, as a client would, and waits until it is stored. */
export async function buildPlan(page: Page, origin: string) {
	await page.goto(`${origin}/safety-plan`);
	await page.getByRole('textbox', { name: 'Warning sign 1' }).fill('I stop answering messages');
	await page.getByRole('textbox', { name: 'Thing I can do 1' }).fill('Hot shower, then my playlist');
	await page.getByRole('textbox', { name: 'Way to stay safe 1' }).fill('Ask Jo to keep my tablets');
	await page.getByRole('textbox', { name: 'What matters 1' }).fill('My daughter Mia');
	const helpers = page.getByRole('region', { name: /People I can ask for help/ });
	await helpers.getByRole('textbox', { name: 'Person I can ask 1' }).fill('Mum, even late at night');
	await helpers.getByRole('button', { name: 'Add someone new' }).click();
	await helpers.getByLabel('Name').fill('Jo (sister)');
	await helpers.getByLabel('Phone number').fill('+44 7700 900123');
	await helpers.getByLabel('I can text this number').check();
	await helpers.getByRole('button', { name: 'Save contact' }).click();
	// The plan saves itself once typing pauses.
	await expect.poll(async () => (await storedPlan(page))?.contacts.helpers?.length, SAVED).toBe(1);
	await expect
		.poll(async () => (await storedPlan(page))?.sections.reasonsForLiving, SAVED)
		.toEqual(['My daughter Mia']);
}
