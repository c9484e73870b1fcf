import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import {
	addDistortion,
	deleteOwnDistortion,
	deleteWorksheet,
	expandQuick,
	getWorksheet,
	listDistortions,
	listWorksheets,
	restoreWorksheet,
	saveQuickRecord,
	saveThoughtRecord,
	setDistortionHidden
} from '$lib/db/worksheets';
import { isValidationError, messagesByField } from '$lib/domain/errors';
import { distortionChoices, STANDARD_DISTORTIONS } from '$lib/domain/worksheets/distortions';
import { emptyThoughtRecord } from '$lib/domain/worksheets/thought-record';
import { worksheetsEn } from '$lib/i18n/worksheets.en';
import { freshDbName, makeThoughtRecord } from '../../factories';

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
const T1 = '2026-12-01T21:00:00.000+00:00';
const T2 = '2026-12-01T21:20:00.000+00:00';
const T3 = '2026-12-03T09:00:00.000+01:00';
const names = Object.fromEntries(
	STANDARD_DISTORTIONS.map((d) => [d, worksheetsEn.distortions[d].name])
) as Record<(typeof STANDARD_DISTORTIONS)[number], string>;

describe('thought records in the database', () => {
	test('a record saved unfinished, then finished, then edited keeps its first completion date', async () => {
		const {
			id: _id,
			kind: _k,
			completedAt: _c,
			editedAt: _e,
			createdAt: _cr,
			updatedAt: _u,
			...fields
		} = makeThoughtRecord();
		const draft = await saveThoughtRecord(db, { ...fields, step: 3 }, id(1), T1, false);
		expect(draft).toMatchObject({ completedAt: null, editedAt: [], createdAt: T1, step: 3 });
		const done = await saveThoughtRecord(db, fields, id(1), T2, true);
		expect(done).toMatchObject({ completedAt: T2, editedAt: [], createdAt: T1, updatedAt: T2 });
		const edited = await saveThoughtRecord(db, { ...fields, balancedBelief: 80 }, id(1), T3, true);
		expect(edited).toMatchObject({ completedAt: T2, editedAt: [T3], createdAt: T1, balancedBelief: 80 });
		expect(await getWorksheet(db, id(1))).toEqual(edited);
	});

	test('invalid input writes nothing and says which field', async () => {
		const bad = { ...emptyThoughtRecord(), moods: [{ name: 'Sad', before: 140, after: null }] };
		const error = await saveThoughtRecord(db, bad, id(2), T1, false).catch((e: unknown) => e);
		expect(isValidationError(error)).toBe(true);
		if (isValidationError(error)) expect(messagesByField(error).moods?.code).toBe('worksheet.percent');
		expect(await db.worksheets.count()).toBe(0);
	});

	test('the list is newest first and leaves out a damaged record, counting it, without hiding the rest', async () => {
		await db.worksheets.bulkAdd([
			makeThoughtRecord({ id: id(3), updatedAt: T1 }),
			makeThoughtRecord({ id: id(4), updatedAt: T3 })
		]);
		await db.worksheets.put({ ...makeThoughtRecord({ id: id(5), updatedAt: T2 }), moods: 'lots' } as never);
		const { rows, skipped } = await listWorksheets(db);
		expect(rows.map((r) => r.id)).toEqual([id(4), id(3)]);
		expect(skipped).toBe(1);
	});

	test('a deleted record comes back whole with undo', async () => {
		const record = makeThoughtRecord({ id: id(6), editedAt: [T3] });
		await db.worksheets.add(record);
		await deleteWorksheet(db, record.id);
		expect(await getWorksheet(db, record.id)).toBeUndefined();
		await restoreWorksheet(db, record);
		expect(await getWorksheet(db, record.id)).toEqual(record);
	});

	test('a quick record grows into a full one, linked both ways; growing it again opens the same one', async () => {
		const quick = await saveQuickRecord(
			db,
			{
				thought: 'I ruin everything.',
				distortions: ['labelling'],
				challenge: 'Only the rice burnt.',
				alternative: 'One dish went wrong.'
			},
			id(7),
			T1
		);
		expect(quick).toMatchObject({ kind: 'quick-thought-record', completedAt: T1, expandedTo: null });
		const full = await expandQuick(db, quick.id, id(8), T2);
		expect(full).toMatchObject({
			kind: 'thought-record',
			expandedFrom: quick.id,
			completedAt: null,
			evidenceAgainst: 'Only the rice burnt.',
			balancedThought: 'One dish went wrong.',
			thoughts: [{ text: 'I ruin everything.', hot: true, distortions: ['labelling'] }]
		});
		expect(await getWorksheet(db, quick.id)).toMatchObject({ expandedTo: id(8) });
		expect((await expandQuick(db, quick.id, id(9), T3)).id).toBe(id(8));
		expect(await db.worksheets.count()).toBe(2);
		// Saving the quick record again keeps the link.
		await saveQuickRecord(
			db,
			{ thought: 'I ruin some things.', distortions: [], challenge: '', alternative: '' },
			id(7),
			T3
		);
		expect(await getWorksheet(db, quick.id)).toMatchObject({ expandedTo: id(8), editedAt: [T3] });
	});
});

describe('distortions in the database', () => {
	test('the client adds their own, hides a standard one; the ten stay in the list', async () => {
		await addDistortion(
			db,
			{ name: 'Comparing', description: 'Measuring myself against others' },
			id(10),
			T1,
			names
		);
		await setDistortionHidden(db, 'labelling', true, T2);
		const choices = distortionChoices(await listDistortions(db));
		expect(choices).toHaveLength(11);
		expect(choices.find((c) => c.id === 'labelling')?.hidden).toBe(true);
		expect(choices.at(-1)).toMatchObject({ id: id(10), name: 'Comparing', hidden: false });
		await setDistortionHidden(db, 'labelling', false, T3);
		expect(distortionChoices(await listDistortions(db)).find((c) => c.id === 'labelling')?.hidden).toBe(
			false
		);
	});

	test('a name already there, in any case or accents, is refused and nothing is written', async () => {
		await addDistortion(db, { name: 'Comparing' }, id(11), T1, names);
		for (const name of ['comparing', ' COMPÁRING ', 'labelling']) {
			const error = await addDistortion(db, { name }, id(12), T2, names).catch((e: unknown) => e);
			expect(isValidationError(error)).toBe(true);
			if (isValidationError(error)) expect(messagesByField(error).name?.code).toBe('distortion.exists');
		}
		expect(await db.distortions.count()).toBe(1);
	});

	test('only the client’s own can be deleted; a standard one stays, hidden or not', async () => {
		await addDistortion(db, { name: 'Comparing' }, id(13), T1, names);
		await setDistortionHidden(db, 'mental-filter', true, T1);
		await deleteOwnDistortion(db, id(13));
		await deleteOwnDistortion(db, 'mental-filter');
		const rows = await listDistortions(db);
		expect(rows.map((r) => r.id)).toEqual(['mental-filter']);
		expect(distortionChoices(rows).map((c) => c.id)).toEqual([...STANDARD_DISTORTIONS]);
	});
});
