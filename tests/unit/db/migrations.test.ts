import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createDb, declareSchema, type Db } from '$lib/db/db';
import { latestVersion, migrations } from '$lib/db/migrations';
import { freshDbName, makeContact, makePractice, makeSleepDiary, NOW } from '../../factories';

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
		await old.settings.add(settings);
		old.close();

		const current = createDb(name);
		opened.push(current);
		await current.open();
		expect(current.verno).toBe(latestVersion);
		expect(await current.contacts.get(contact.id)).toEqual(contact);
		expect(await current.drafts.get(draft.key)).toEqual(draft);
		expect(await current.settings.get('settings')).toEqual(settings);
	});

	test('v1 data survives opening at v4 with every field, and the skills tables start empty and usable', async () => {
		const name = freshDbName();
		const old = dbAt(name, 1);
		expect(old.verno).toBe(1);
		const contact = makeContact({ name: 'Dr Ama Mensah', kind: 'therapist', canText: false, order: 3 });
		const drafts = [
			{ key: 'contact:new', value: { name: 'Jo', nested: { list: [1, 2] } }, createdAt: NOW, updatedAt: NOW },
			{ key: 'practice:breathing', value: { stage: 'before', before: 7 }, createdAt: NOW, updatedAt: NOW }
		];
		const settings = {
			id: 'settings' as const,
			theme: 'light' as const,
			motion: 'system' as const,
			region: null,
			createdAt: NOW,
			updatedAt: NOW
		};
		await old.contacts.add(contact);
		await old.drafts.bulkAdd(drafts);
		await old.settings.add(settings);
		old.close();

		const at4 = dbAt(name, 4);
		await at4.open();
		expect(at4.verno).toBe(4);
		expect(await at4.contacts.toArray()).toEqual([contact]);
		expect(await at4.drafts.orderBy('key').toArray()).toEqual(drafts);
		expect(await at4.settings.toArray()).toEqual([settings]);
		for (const table of [
			'practices',
			'skillPrefs',
			'stopPlans',
			'memories',
			'sleepHabits',
			'sleepChecks',
			'sleepDiary'
		])
			expect(await at4.table(table).count(), table).toBe(0);

		const practice = makePractice('breathing');
		await at4.practices.add(practice);
		expect(await at4.practices.where('skill').equals('breathing').toArray()).toEqual([practice]);
		const diary = makeSleepDiary();
		await at4.sleepDiary.add(diary);
		// One night per morning: the day index is unique.
		await expect(at4.sleepDiary.add(makeSleepDiary({ day: diary.day }))).rejects.toThrow();
	});
});
