import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addCheckIn, deleteCheckIn, restoreCheckIn, updateCheckIn } from '$lib/db/check-ins';
import { checkInDays, checkInsOn, getCheckIn, recentCheckIns } from '$lib/db/check-in-queries';
import { listSymptoms, listTags } from '$lib/db/check-in-lists';
import { createDb, type Db } from '$lib/db/db';
import { ValidationError } from '$lib/domain/errors';
import { addSymptom, addTag, moveItem, renameItem, setArchived } from '$lib/db/symptoms';
import { freshDbName, makeCheckInSeries, NOW } from '../../factories';

let db: Db;
beforeEach(async () => {
	db = createDb(freshDbName());
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const id = (n: number) => `50000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('check-ins', () => {
	test('a new database starts with the five default symptoms and a few tags', async () => {
		const symptoms = await listSymptoms(db);
		expect(symptoms.map((s) => [s.preset, s.order, s.archived])).toEqual([
			['anxiety', 0, false],
			['low-mood', 1, false],
			['sleep-quality', 2, false],
			['energy', 3, false],
			['irritability', 4, false]
		]);
		expect((await listTags(db)).length).toBeGreaterThan(3);
	});

	test('a mood alone is a whole check-in, stored with its instant and local day', async () => {
		const saved = await addCheckIn(db, { day: '2026-11-22', mood: 4 }, id(1), NOW);
		expect(saved).toEqual({
			id: id(1),
			day: '2026-11-22',
			at: NOW,
			mood: 4,
			ratings: {},
			tagIds: [],
			note: '',
			filledInLater: false,
			createdAt: NOW,
			updatedAt: NOW
		});
		expect(await getCheckIn(db, id(1))).toEqual(saved);
	});

	test('several a day are kept, newest first; a missed day filled in later is marked', async () => {
		const [anxiety] = await listSymptoms(db);
		await addCheckIn(db, { day: '2026-11-22', mood: 4 }, id(1), '2026-11-22T08:00:00.000+00:00');
		await addCheckIn(
			db,
			{ day: '2026-11-22', mood: 6, ratings: { [anxiety!.id]: 7 } },
			id(2),
			'2026-11-22T21:00:00.000+00:00'
		);
		const late = await addCheckIn(db, { day: '2026-11-20', mood: 3 }, id(3), '2026-11-22T21:05:00.000+00:00');
		expect(late.filledInLater).toBe(true);
		expect((await checkInsOn(db, '2026-11-22')).map((c) => c.id)).toEqual([id(2), id(1)]);
		expect(await checkInDays(db)).toEqual(['2026-11-22', '2026-11-20']);
	});

	test.each([
		[{ day: '2026-11-22' }, 'Choose how you feel, from 0 to 10.'],
		[{ day: '2026-11-23', mood: 5 }, 'A check-in cannot be for a day that has not come yet.'],
		[{ day: 'yesterday', mood: 5 }, 'Use a real date written as YYYY-MM-DD.']
	])('invalid input %j is refused with "%s" and nothing is written', async (input, message) => {
		await expect(addCheckIn(db, input, id(4), NOW)).rejects.toThrow(ValidationError);
		await expect(addCheckIn(db, input, id(4), NOW)).rejects.toThrow(message);
		expect(await db.checkIns.count()).toBe(0);
	});

	test('editing keeps when it was written; an invalid edit changes nothing', async () => {
		const first = await addCheckIn(db, { day: '2026-11-22', mood: 4, note: 'tired' }, id(5), NOW);
		const later = '2026-11-24T10:00:00.000+00:00';
		const edited = await updateCheckIn(db, first.id, { day: '2026-11-21', mood: 5, note: 'tired' }, later);
		expect(edited).toMatchObject({ at: NOW, createdAt: NOW, updatedAt: later, mood: 5, filledInLater: true });
		await expect(updateCheckIn(db, first.id, { day: '2026-11-21', mood: 12 }, later)).rejects.toThrow(
			ValidationError
		);
		expect(await getCheckIn(db, first.id)).toEqual(edited);
	});

	test('a deleted check-in comes back exactly with undo', async () => {
		const saved = await addCheckIn(db, { day: '2026-11-22', mood: 2, note: 'صعب اليوم 🌧️' }, id(6), NOW);
		await deleteCheckIn(db, saved.id);
		expect(await db.checkIns.count()).toBe(0);
		await restoreCheckIn(db, saved);
		expect(await getCheckIn(db, saved.id)).toEqual(saved);
	});

	test('history pages by day through years of entries', async () => {
		await db.checkIns.bulkAdd(makeCheckInSeries({ days: 3 * 365, perDay: 2 }));
		const page = await recentCheckIns(db, 30);
		expect(page.days).toHaveLength(30);
		expect(page.days[0]).toBe('2026-11-22');
		expect(page.entries).toHaveLength(60);
		expect(page.more).toBe(true);
		expect(new Set(page.entries.map((e) => e.day))).toEqual(new Set(page.days));
		const all = await recentCheckIns(db, 5000);
		expect(all.more).toBe(false);
		expect(all.entries).toHaveLength(3 * 365 * 2);
	});
});

describe('symptoms and tags', () => {
	test('a custom symptom goes to the end; a blank name is refused and nothing is written', async () => {
		const added = await addSymptom(db, { name: '  Headache ' }, id(10), NOW);
		expect(added).toMatchObject({ name: 'Headache', preset: null, order: 5, archived: false });
		await expect(addSymptom(db, { name: '   ' }, id(11), NOW)).rejects.toThrow('Give it a name.');
		expect(await db.symptoms.count()).toBe(6);
	});

	test('rename, reorder and archive; archiving keeps the history that uses it', async () => {
		const [anxiety, lowMood] = await listSymptoms(db);
		const entry = await addCheckIn(
			db,
			{ day: '2026-11-22', mood: 5, ratings: { [anxiety!.id]: 8 } },
			id(12),
			NOW
		);
		await renameItem(db, 'symptoms', anxiety!.id, { name: 'Worry' }, NOW);
		await moveItem(db, 'symptoms', lowMood!.id, -1, NOW);
		await setArchived(db, 'symptoms', anxiety!.id, true, NOW);
		const after = await listSymptoms(db);
		expect(after.slice(0, 2).map((s) => [s.name || s.preset, s.order, s.archived])).toEqual([
			['low-mood', 0, false],
			['Worry', 1, true]
		]);
		expect((await getCheckIn(db, entry.id))?.ratings).toEqual({ [anxiety!.id]: 8 });
		await expect(renameItem(db, 'symptoms', anxiety!.id, { name: 'x'.repeat(41) }, NOW)).rejects.toThrow(
			'Keep the name under 40 characters.'
		);
	});

	test('a tag needs a name and a kind', async () => {
		const tag = await addTag(db, { name: 'Choir', kind: 'activity' }, id(13), NOW);
		expect(tag).toMatchObject({ name: 'Choir', kind: 'activity', archived: false });
		await expect(addTag(db, { name: 'Choir', kind: 'hobby' }, id(14), NOW)).rejects.toThrow(
			'Choose what kind of tag this is.'
		);
	});
});
