import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addCheckIn, deleteCheckIn, restoreCheckIn, updateCheckIn } from '$lib/db/check-ins';
import { checkInMonth, checkInsOn, getCheckIn } from '$lib/db/check-in-queries';
import { listSymptoms, listTags } from '$lib/db/check-in-lists';
import { createDb, type Db } from '$lib/db/db';
import { ValidationError } from '$lib/domain/errors';
import { addSymptom, addTag, moveItem, renameItem, setArchived } from '$lib/db/symptoms';
import { isValidationError, messagesByField } from '$lib/domain/errors';
import { mCheckIn } from '$lib/i18n/check-in';
import { freshDbName, makeCheckIn, makeCheckInSeries, NOW } from '../../factories';

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
	});

	test.each([
		[{ day: '2026-11-22' }, 'checkIn.mood'],
		[{ day: '2026-11-23', mood: 5 }, 'checkIn.futureDay'],
		[{ day: 'yesterday', mood: 5 }, 'day.invalid']
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

	test('a month holds exactly its own local days, first to last, several a day, newest first', async () => {
		const entries = [
			// The day before and the day after the month: never in it.
			makeCheckIn({ id: id(20), day: '2026-01-31', at: '2026-01-31T23:59:00.000+00:00' }),
			makeCheckIn({ id: id(21), day: '2026-03-01', at: '2026-03-01T00:00:00.000+00:00' }),
			// The first and last day of February 2026 (not a leap year).
			makeCheckIn({ id: id(22), day: '2026-02-01', at: '2026-02-01T00:00:00.000+00:00' }),
			makeCheckIn({ id: id(23), day: '2026-02-28', at: '2026-02-28T23:59:00.000+00:00' }),
			// Local days: already 1 March in UTC, still 28 February where it was written, and the other way round.
			makeCheckIn({ id: id(24), day: '2026-02-28', at: '2026-02-28T21:30:00.000-05:00' }),
			makeCheckIn({ id: id(25), day: '2026-03-01', at: '2026-03-01T00:30:00.000+02:00' }),
			// Several on one day.
			makeCheckIn({ id: id(26), day: '2026-02-14', at: '2026-02-14T08:00:00.000+00:00' }),
			makeCheckIn({ id: id(27), day: '2026-02-14', at: '2026-02-14T13:00:00.000+00:00' }),
			makeCheckIn({ id: id(28), day: '2026-02-14', at: '2026-02-14T22:00:00.000+00:00' }),
			// Filled in later: stored on the day it is for, not the day it was written.
			makeCheckIn({ id: id(29), day: '2026-02-10', at: '2026-03-02T09:00:00.000+00:00' })
		];
		await db.checkIns.bulkAdd(entries);
		const february = await checkInMonth(db, '2026-02');
		expect(february.month).toBe('2026-02');
		expect(february.entries.map((e) => e.id)).toEqual([
			id(23),
			id(24),
			id(28),
			id(27),
			id(26),
			id(29),
			id(22)
		]);
		expect(february.older).toBe('2026-01');
		expect(february.newer).toBe('2026-03');
		expect((await checkInMonth(db, '2026-03')).entries.map((e) => e.id)).toEqual([id(25), id(21)]);
		expect((await checkInMonth(db, '2026-01')).entries.map((e) => e.id)).toEqual([id(20)]);
		// A leap February ends on the 29th.
		await db.checkIns.add(
			makeCheckIn({ id: id(30), day: '2024-02-29', at: '2024-02-29T12:00:00.000+00:00' })
		);
		expect((await checkInMonth(db, '2024-02')).entries.map((e) => e.id)).toEqual([id(30)]);
	});

	test('earlier and later go to the nearest months with check-ins, skipping empty ones', async () => {
		expect(await checkInMonth(db)).toEqual({
			month: null,
			entries: [],
			skipped: 0,
			older: null,
			newer: null
		});
		await db.checkIns.bulkAdd([
			makeCheckIn({ id: id(40), day: '2024-12-31', at: '2024-12-31T20:00:00.000+00:00' }),
			makeCheckIn({ id: id(41), day: '2026-08-01', at: '2026-08-01T20:00:00.000+00:00' }),
			makeCheckIn({ id: id(42), day: '2026-11-22', at: '2026-11-22T08:00:00.000+00:00' })
		]);
		// Without a month: the newest month that has a check-in.
		const newest = await checkInMonth(db);
		expect([newest.month, newest.older, newest.newer]).toEqual(['2026-11', '2026-08', null]);
		const august = await checkInMonth(db, '2026-08');
		expect([august.older, august.newer]).toEqual(['2024-12', '2026-11']);
		const december = await checkInMonth(db, '2024-12');
		expect([december.older, december.newer]).toEqual([null, '2026-08']);
		// An empty month (its entries deleted, or an old address) still knows its neighbours.
		const empty = await checkInMonth(db, '2025-06');
		expect(empty).toEqual({ month: '2025-06', entries: [], skipped: 0, older: '2024-12', newer: '2026-08' });
	});

	test('with years of entries, the history reads one month', async () => {
		await db.checkIns.bulkAdd(makeCheckInSeries({ days: 3 * 365, perDay: 2 }));
		const page = await checkInMonth(db);
		expect(page.month).toBe('2026-11');
		expect(page.entries).toHaveLength(22 * 2);
		expect(page.entries.every((e) => e.day.startsWith('2026-11-'))).toBe(true);
		expect([page.older, page.newer]).toEqual(['2026-10', null]);
		expect((await checkInMonth(db, '2025-02')).entries).toHaveLength(28 * 2);
	});
});

describe('symptoms and tags', () => {
	test('a custom symptom goes to the end; a blank name is refused and nothing is written', async () => {
		const added = await addSymptom(db, { name: '  Headache ' }, id(10), NOW, mCheckIn.symptomNames);
		expect(added).toMatchObject({ name: 'Headache', preset: null, order: 5, archived: false });
		await expect(addSymptom(db, { name: '   ' }, id(11), NOW, mCheckIn.symptomNames)).rejects.toThrow(
			'item.nameMissing'
		);
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
		await renameItem(db, 'symptoms', anxiety!.id, { name: 'Worry' }, NOW, mCheckIn.symptomNames);
		await moveItem(db, 'symptoms', lowMood!.id, -1, NOW);
		await setArchived(db, 'symptoms', anxiety!.id, true, NOW);
		const after = await listSymptoms(db);
		expect(after.slice(0, 2).map((s) => [s.name || s.preset, s.order, s.archived])).toEqual([
			['low-mood', 0, false],
			['Worry', 1, true]
		]);
		expect((await getCheckIn(db, entry.id))?.ratings).toEqual({ [anxiety!.id]: 8 });
		await expect(
			renameItem(db, 'symptoms', anxiety!.id, { name: 'x'.repeat(41) }, NOW, mCheckIn.symptomNames)
		).rejects.toThrow('item.nameTooLong');
	});

	test('a name already in the list, in any case, accents or spacing, is refused with the one it repeats', async () => {
		const refusal = async (attempt: Promise<unknown>) => {
			const error = await attempt.catch((e: unknown) => e);
			expect(isValidationError(error)).toBe(true);
			return isValidationError(error) ? messagesByField(error).name : undefined;
		};
		// "Anxiety" is a preset: its name is the catalogue's.
		expect(await refusal(addSymptom(db, { name: 'anxiety' }, id(20), NOW, mCheckIn.symptomNames))).toEqual({
			code: 'item.nameTaken',
			values: { name: 'Anxiety' }
		});
		await addSymptom(db, { name: 'Café visits' }, id(21), NOW, mCheckIn.symptomNames);
		await setArchived(db, 'symptoms', id(21), true, NOW);
		expect(
			await refusal(addSymptom(db, { name: ' CAFE  visits' }, id(22), NOW, mCheckIn.symptomNames))
		).toEqual({
			code: 'item.nameTaken',
			values: { name: 'Café visits' }
		});
		expect(await db.symptoms.count()).toBe(6);
		// Renaming to another item's name is refused; to its own name in another case, allowed.
		const [anxiety] = await listSymptoms(db);
		expect(
			(
				await refusal(
					renameItem(db, 'symptoms', anxiety!.id, { name: 'low MOOD' }, NOW, mCheckIn.symptomNames)
				)
			)?.code
		).toBe('item.nameTaken');
		expect(
			(await renameItem(db, 'symptoms', anxiety!.id, { name: 'ANXIETY' }, NOW, mCheckIn.symptomNames)).name
		).toBe('ANXIETY');
		// Tags are checked among tags: a tag may share a symptom's name.
		expect(
			(await addTag(db, { name: 'Café visits', kind: 'activity' }, id(23), NOW, mCheckIn.tagNames)).name
		).toBe('Café visits');
		expect(
			(await refusal(addTag(db, { name: 'café visits', kind: 'place' }, id(24), NOW, mCheckIn.tagNames)))
				?.code
		).toBe('item.nameTaken');
	});

	test('a tag needs a name and a kind', async () => {
		const tag = await addTag(db, { name: 'Choir', kind: 'activity' }, id(13), NOW, mCheckIn.tagNames);
		expect(tag).toMatchObject({ name: 'Choir', kind: 'activity', archived: false });
		await expect(
			addTag(db, { name: 'Choir', kind: 'hobby' }, id(14), NOW, mCheckIn.tagNames)
		).rejects.toThrow('tag.kind');
	});
});
