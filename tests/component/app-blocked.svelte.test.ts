import Dexie from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import { latestVersion } from '$lib/db/migrations';
import { openApp } from '$lib/state/app.svelte';
import { freshDbName } from '../factories';

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A connection at schema version 1 that ignores versionchange, as an old tab that never lets go. */
function holdOldConnection(name: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(name, 10);
		open.onupgradeneeded = () => {
			open.result.createObjectStore('settings', { keyPath: 'id' });
			open.result.createObjectStore('drafts', { keyPath: 'key' }).createIndex('updatedAt', 'updatedAt');
			open.result.createObjectStore('contacts', { keyPath: 'id' }).createIndex('order', 'order');
		};
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			open.result.onversionchange = null;
			resolve(open.result);
		};
	});
}

test('an upgrade blocked by another tab says so, and the app opens once that tab lets go', async () => {
	const name = freshDbName();
	names.push(name);
	const old = await holdOldConnection(name);
	const { app, opened } = openApp({ dbName: name });
	await vi.waitFor(() => expect(app.problem).toBe('blocked'));
	expect(app.db).toBeNull();

	old.close();
	await opened;
	expect(app.problem).toBeNull();
	expect(app.status).toBe('open');
	expect(app.store.verno).toBe(latestVersion);
	app.store.close();
});
