import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createDb, declareSchema, type Db } from '$lib/db/db';
import { latestVersion, migrations } from '$lib/db/migrations';
import { checkRow, TABLE_NAMES, TABLES, type TableName } from '$lib/domain/registry';
import {
	freshDbName,
	makeCheckIn,
	makeContact,
	makeMeasureResponse,
	makePlanContent,
	makePractice,
	makeQuickThoughtRecord,
	makeSleepDiary,
	makeSymptom,
	makeTag,
	makeThoughtRecord,
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
		await old.table('settings').add(settings); // a v1 row, written before later settings existed
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
		await old.table('settings').add(settings); // a v1 row, from before later settings
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

// ---------------------------------------------------------------------------------------------------------
// Every version, over one helper: a database at version n holding one record of each of its tables, upgraded
// to the latest, every field of every record compared.

/** One valid record for each table a version may hold, keyed as the registry says. */
const seeds: Partial<Record<TableName, Record<string, unknown>>> = {
	settings: { id: 'settings', theme: 'dark', motion: 'reduce', region: 'IE', createdAt: NOW, updatedAt: NOW },
	drafts: { key: 'contact:new', value: { name: 'half typed' }, createdAt: NOW, updatedAt: NOW },
	contacts: makeContact({ note: 'after 6 pm 🌙 مساء' }),
	checkIns: makeCheckIn({ note: 'a long day' }),
	symptoms: makeSymptom({ name: 'Racing thoughts', preset: null }),
	tags: makeTag({ name: 'Work', preset: null }),
	measureResponses: makeMeasureResponse(),
	safetyPlan: {
		id: 'safety-plan',
		...makePlanContent({ warningSigns: ['not sleeping'] }),
		reviewedOn: null,
		reviewSnoozedUntil: null,
		createdAt: NOW,
		updatedAt: NOW
	},
	safetyPlanVersions: {
		id: '40000000-0000-4000-8000-000000000001',
		...makePlanContent({ reasonsForLiving: ['Mia'] }),
		reviewedOn: null,
		createdAt: NOW,
		updatedAt: NOW
	},
	practices: makePractice('breathing'),
	sleepDiary: makeSleepDiary(),
	worksheets: makeThoughtRecord(),
	distortions: {
		id: '50000000-0000-4000-8000-000000000001',
		standard: false,
		name: 'Comparing',
		description: 'Measuring myself against others',
		hidden: false,
		createdAt: NOW,
		updatedAt: NOW
	}
};

/** Tables that exist at `version`. */
const tablesAt = (version: number) =>
	migrations.filter((m) => m.version <= version).flatMap((m) => Object.keys(m.stores)) as TableName[];

/** A database created at `version` with its declared migrations and seeded with that version's shape. */
async function openAt(
	version: number
): Promise<{ name: string; seeded: Map<TableName, Record<string, unknown>> }> {
	const name = freshDbName();
	const old = dbAt(name, version);
	await old.open();
	const seeded = new Map<TableName, Record<string, unknown>>();
	for (const table of tablesAt(version)) {
		const row = seeds[table];
		if (!row) continue;
		await old.table(table).put(row);
		seeded.set(table, row);
	}
	old.close();
	return { name, seeded };
}

describe('version 5: worksheets', () => {
	test('data from every earlier version survives opening at v5, and the worksheet tables start empty and usable', async () => {
		for (const version of [1, 2, 3, 4]) {
			const { name, seeded } = await openAt(version);
			const at5 = dbAt(name, 5);
			await at5.open();
			expect(at5.verno).toBe(5);
			for (const [table, row] of seeded)
				expect(
					await at5.table(table).get(row[TABLES[table].key] as string),
					`${table} from v${version}`
				).toEqual(row);
			expect(await at5.worksheets.count()).toBe(0);
			expect(await at5.distortions.count()).toBe(0);
			const full = makeThoughtRecord({ updatedAt: '2026-11-23T08:00:00.000+00:00' });
			const quick = makeQuickThoughtRecord({ completedAt: null });
			await at5.worksheets.bulkAdd([full, quick]);
			expect(await at5.worksheets.where('kind').equals('quick-thought-record').toArray()).toEqual([quick]);
			expect((await at5.worksheets.orderBy('updatedAt').reverse().first())?.id).toBe(full.id);
			// A record not yet completed has no completedAt, so only the completed one is in that index.
			expect((await at5.worksheets.orderBy('completedAt').toArray()).map((w) => w.id)).toEqual([full.id]);
			expect(checkRow('worksheets', await at5.worksheets.get(quick.id))).toEqual(quick);
			at5.close();
		}
	});
});

describe.each(migrations.slice(0, -1).map((m) => m.version))('from version %i to the latest', (version) => {
	test('every record keeps every field and still reads through its schema', async () => {
		const { name, seeded } = await openAt(version);
		expect(seeded.size).toBeGreaterThan(0);
		const current = createDb(name);
		opened.push(current);
		await current.open();
		expect(current.verno).toBe(latestVersion);
		for (const [table, row] of seeded) {
			const key = row[TABLES[table].key] as string;
			const stored: unknown = await current.table(table).get(key);
			expect(stored, table).toEqual(row);
			expect(checkRow(table, stored), table).toBeDefined();
		}
	});
});

describe('shipped migrations', () => {
	// A shipped migration has run on clients' devices: changing it would leave their databases different from a
	// fresh one. Add a new version file instead; never edit these (only add a line here for a new file).
	const SHIPPED: Record<string, string> = {
		'v1.ts': 'f58dd167e22daa91c4e00083600b1d7ef09e6fe471f07abfb6fc2274f909f86e',
		'v2.ts': '2e6f418cf24a7d162b9d4cb4edc7e7997497f3af3b7e52137e52fb9d778d8277',
		'v3.ts': 'd6988ec915c04b197a3dd207dfa4d96c9671c22e8e16dcbd42b92f61614b8667',
		'v4.ts': '58a1db5e3a10bbc2fe802a2216242601cdaa2de1acc3ccd52206377bdc8d3c7e'
	};

	test.each(Object.entries(SHIPPED))('%s is unchanged', (file, hash) => {
		const content = readFileSync(resolve('src/lib/db/migrations', file));
		expect(createHash('sha256').update(content).digest('hex')).toBe(hash);
	});

	test('every table in the registry is created by some migration, and no other', () => {
		expect(new Set(tablesAt(latestVersion))).toEqual(new Set(TABLE_NAMES));
	});
});
