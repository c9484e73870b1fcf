import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createDb, declareSchema, type Db } from '$lib/db/db';
import { latestVersion, migrations } from '$lib/db/migrations';
import { freshDbName, makeContact, makePlanContent, NOW } from '../../factories';

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

	test('v1 data survives opening at v3 (the safety plan), every field, and the new tables start empty', async () => {
		const name = freshDbName();
		const old = dbAt(name, 1);
		const contact = makeContact({ name: 'Dr Lee', kind: 'therapist', canText: false, order: 3 });
		const draft = { key: 'worksheet:new', value: { lines: ['a', '', 'ç'] }, createdAt: NOW, updatedAt: NOW };
		const settings = {
			id: 'settings' as const,
			theme: 'light' as const,
			motion: 'system' as const,
			region: null,
			createdAt: NOW,
			updatedAt: NOW
		};
		await old.contacts.add(contact);
		await old.drafts.add(draft);
		await old.settings.add(settings);
		expect(old.verno).toBe(1);
		old.close();

		const v3 = dbAt(name, 3);
		await v3.open();
		expect(v3.verno).toBe(3);
		expect(await v3.contacts.toArray()).toEqual([contact]);
		expect(await v3.drafts.toArray()).toEqual([draft]);
		expect(await v3.settings.toArray()).toEqual([settings]);
		expect(await v3.safetyPlan.count()).toBe(0);
		expect(await v3.safetyPlanVersions.count()).toBe(0);
		// The new tables take rows with their indexes.
		const plan = {
			id: 'safety-plan' as const,
			...makePlanContent({ helpers: ['Mum'] }),
			reviewedOn: null,
			reviewSnoozedUntil: null,
			createdAt: NOW,
			updatedAt: NOW
		};
		await v3.safetyPlan.put(plan);
		expect(await v3.safetyPlan.get('safety-plan')).toEqual(plan);
		expect(await v3.safetyPlanVersions.orderBy('createdAt').count()).toBe(0);
	});
});
