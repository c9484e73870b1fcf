import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createDb, declareSchema, type Db } from '$lib/db/db';
import { latestVersion, migrations } from '$lib/db/migrations';
import {
	freshDbName,
	makeCheckIn,
	makeContact,
	makeMeasureResponse,
	makeSymptom,
	makeTag,
	NOW
} from '../../factories';

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

	test('upgrading v1 to v2 seeds the default symptoms and tags once and adds empty check-in tables', async () => {
		const name = freshDbName();
		const old = dbAt(name, 1);
		await old.open();
		old.close();
		const current = createDb(name);
		opened.push(current);
		await current.open();
		expect((await current.symptoms.orderBy('order').toArray()).map((s) => s.preset)).toEqual([
			'anxiety',
			'low-mood',
			'sleep-quality',
			'energy',
			'irritability'
		]);
		expect(await current.tags.count()).toBe(7);
		expect(await current.checkIns.count()).toBe(0);
		expect(await current.measureResponses.count()).toBe(0);
		current.close();
		// Opening again changes nothing: the seed ran with the upgrade, not on every open.
		const again = createDb(name);
		opened.push(again);
		await again.open();
		expect(await again.symptoms.count()).toBe(5);
	});

	test('v2 data opens through every later migration with every field intact', async () => {
		const name = freshDbName();
		const old = dbAt(name, 2);
		const symptom = makeSymptom({ name: 'Headache 🤕', order: 5, archived: true });
		const tag = makeTag({ name: 'Choir', kind: 'activity', order: 7 });
		const checkIn = makeCheckIn({
			day: '2026-11-20',
			at: '2026-11-22T23:30:00.000+01:00',
			mood: 3,
			ratings: { [symptom.id]: 8 },
			tagIds: [tag.id],
			note: 'صعب اليوم 🌧️\nשורה שנייה'
		});
		const response = makeMeasureResponse({ answers: [1, 2, 1, 0, 3, 1, 0, 2, 1], difficulty: 2 });
		await old.symptoms.add(symptom);
		await old.tags.add(tag);
		await old.checkIns.add(checkIn);
		await old.measureResponses.add(response);
		old.close();

		const current = createDb(name);
		opened.push(current);
		await current.open();
		expect(current.verno).toBe(latestVersion);
		expect(await current.symptoms.get(symptom.id)).toEqual(symptom);
		expect(await current.tags.get(tag.id)).toEqual(tag);
		expect(await current.checkIns.get(checkIn.id)).toEqual(checkIn);
		expect(await current.measureResponses.get(response.id)).toEqual(response);
		expect(checkIn.filledInLater).toBe(true);
		expect(response).toMatchObject({ total: 11, severity: 'moderate', safetyFlag: true });
	});
});
