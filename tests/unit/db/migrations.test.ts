import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createDb, declareSchema, type Db } from '$lib/db/db';
import { latestVersion, migrations } from '$lib/db/migrations';
import { freshDbName, makeContact, NOW } from '../../factories';

const opened: Dexie[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

/** A database at `version`, as a client on that version would have it. */
function dbAt(name: string, version: number): Db {
	const db = new Dexie(name) as Db;
	declareSchema(
		db,
		migrations.filter((m) => m.version <= version)
	);
	opened.push(db);
	return db;
}

describe('schema migrations', () => {
	test('versions are declared in increasing order, one file each', () => {
		const versions = migrations.map((m) => m.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(new Set(versions).size).toBe(versions.length);
		expect(latestVersion).toBe(versions.at(-1));
	});

	test('v1 data opens through every later migration with every field intact', async () => {
		const name = freshDbName();
		const old = dbAt(name, 1);
		const contact = makeContact({ note: 'after 6 pm 🌙 مساء', kind: 'therapist' });
		const draft = { key: 'contact:new', value: { name: 'half typed' }, createdAt: NOW, updatedAt: NOW };
		const settings = {
			id: 'settings' as const,
			theme: 'dark' as const,
			motion: 'reduce' as const,
			region: 'IE' as const,
			createdAt: NOW,
			updatedAt: NOW
		};
		await old.contacts.add(contact);
		await old.drafts.add(draft);
		await old.table('settings').add(settings);
		old.close();

		const current = createDb(name);
		opened.push(current);
		await current.open();
		expect(current.verno).toBe(latestVersion);
		expect(await current.contacts.get(contact.id)).toEqual(contact);
		expect(await current.drafts.get(draft.key)).toEqual(draft);
		expect(await current.settings.get('settings')).toEqual(settings);
	});
});
