import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';
import { readStore } from './stored';

const { base, phonePage } = useBrowser();

/**
 * An old tab of Between at schema version 1 (IndexedDB version 10, as Dexie numbers it), with one of the
 * client's people stored, that never lets go of its connection: the app's upgrade is blocked until `page` closes.
 * (blockUpgrade in faults.ts holds an empty database; this one holds version 1's tables and a contact.)
 */
async function oldTabWithAContact(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('between', 10);
				open.onupgradeneeded = () => {
					const db = open.result;
					db.createObjectStore('settings', { keyPath: 'id' });
					db.createObjectStore('drafts', { keyPath: 'key' }).createIndex('updatedAt', 'updatedAt');
					const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
					contacts.createIndex('order', 'order');
					const stamp = '2026-11-30T09:00:00.000+00:00';
					contacts.put({
						id: '3f1c1d3e-5a57-4c39-9a43-0c2f3c1f0a11',
						name: 'Sam (sister)',
						phone: '+44 7700 900123',
						kind: 'person',
						canText: true,
						note: '',
						order: 0,
						createdAt: stamp,
						updatedAt: stamp
					});
				};
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					// An old tab that does not let go on versionchange.
					db.onversionchange = null;
					(window as unknown as { __blocker: IDBDatabase }).__blocker = db;
					resolve();
				};
			})
	);
}

describe('while another tab blocks the upgrade', () => {
	test('Help now shows the crisis lines at once, and the client’s own people once the old tab lets go', async () => {
		const { page: oldTab, context } = await phonePage();
		await oldTab.goto(`${base}/manifest.webmanifest`);
		await oldTabWithAContact(oldTab);

		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${base}/help`);
		await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
		const call = page.getByRole('link', { name: 'Call Samaritans, 116 123' });
		await call.waitFor();
		expect(await call.getAttribute('href')).toBe('tel:116123');
		// The app says why the rest is not there yet.
		await page
			.getByRole('alert')
			.filter({ hasText: 'Another Between tab or window is still open' })
			.waitFor();
		expect(await page.getByText('Sam (sister)', { exact: true }).count()).toBe(0);

		// The old tab closes: the upgrade goes on, and the person stored before it arrives, with no reload.
		await oldTab.close();
		const person = page.getByRole('link', { name: 'Call Sam (sister), +44 7700 900123' });
		await person.waitFor();
		expect(await person.getAttribute('href')).toBe('tel:+447700900123');
		await expect
			.poll(() => page.getByRole('alert').filter({ hasText: 'Another Between tab' }).count())
			.toBe(0);
		// The crisis lines never went away.
		expect(await call.isVisible()).toBe(true);
		expect((await readStore<{ name: string }>(page, 'contacts')).map((row) => row.name)).toEqual([
			'Sam (sister)'
		]);
		expect(errors).toEqual([]);
	});

	test('a screen that needs storage shows the notice and Help now while blocked, and its content after', async () => {
		const { page: oldTab, context } = await phonePage();
		await oldTab.goto(`${base}/manifest.webmanifest`);
		await oldTabWithAContact(oldTab);

		const page = await context.newPage();
		await page.goto(`${base}/check-in`);
		await page
			.getByRole('alert')
			.filter({ hasText: 'Another Between tab or window is still open' })
			.waitFor();
		await page
			.getByRole('banner')
			.getByRole('link', { name: 'Help now: crisis lines and your people' })
			.waitFor();

		await oldTab.close();
		await page.getByRole('slider', { name: 'How is your mood right now?' }).waitFor();
		expect(await page.getByRole('alert').filter({ hasText: 'Another Between tab' }).count()).toBe(0);
	});
});
