import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import { classifyWriteError } from '$lib/db/write-error';
import { completedWorksheets, distortionRows, getWorksheet } from '$lib/db/worksheet-queries';
import {
	addDistortion,
	changeLadder,
	deleteWorksheet,
	isValidationError,
	restoreWorksheet,
	saveWorksheet,
	setDistortionHidden
} from '$lib/db/worksheets';
import { distortionList, STANDARD_DISTORTIONS } from '$lib/domain/worksheets/distortions';
import { messageOf } from '$lib/domain/messages';
import { emptyThoughtRecord } from '$lib/domain/worksheets/thought-record';
import { freshDbName, makeThoughtRecord, NOW } from '../../factories';

const ID = '60000000-0000-4000-8000-000000000001';
/** The standard distortions' names as a client's language gives them (here, made up for the test). */
const NAMES = Object.fromEntries(STANDARD_DISTORTIONS.map((id) => [id, `Standard ${id}`])) as Record<
	(typeof STANDARD_DISTORTIONS)[number],
	string
>;
const LATER = '2026-11-23T21:00:00.000+00:00';
const LATEST = '2026-11-24T07:15:00.000+00:00';

let db: Db;
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});
const open = async () => {
	db = createDb(freshDbName());
	await db.open();
	return db;
};

const fields = { ...emptyThoughtRecord(), kind: 'thought-record', situation: 'At work, 3 pm' };

test('a draft save has no completion date; completing sets it once; a changed record keeps it and records the edit', async () => {
	await open();
	expect((await saveWorksheet(db, fields, ID, NOW, { complete: false })).completedAt).toBeNull();
	const done = await saveWorksheet(db, fields, ID, LATER, { complete: true });
	expect(done).toMatchObject({ completedAt: LATER, editedAt: [], createdAt: NOW, updatedAt: LATER });

	// Saving again with nothing changed writes nothing.
	expect(await saveWorksheet(db, fields, ID, LATEST, { complete: true })).toEqual(done);

	const edited = await saveWorksheet(db, { ...fields, situation: 'At work, 4 pm' }, ID, LATEST, {
		complete: true
	});
	expect(edited).toMatchObject({ completedAt: LATER, editedAt: [LATEST], situation: 'At work, 4 pm' });
	expect(await getWorksheet(db, ID)).toEqual(edited);
});

test('an invalid worksheet is not written, and says why', async () => {
	await open();
	const error = await saveWorksheet(db, { ...fields, balancedBelief: 140 }, ID, NOW, {
		complete: true
	}).catch((e: unknown) => e);
	expect(isValidationError(error)).toBe(true);
	expect(await db.worksheets.count()).toBe(0);
});

test('the list holds completed worksheets, newest first, leaving out damaged rows and counting them', async () => {
	await open();
	const older = makeThoughtRecord({ completedAt: NOW });
	const newer = makeThoughtRecord({ completedAt: LATER });
	await db.worksheets.bulkAdd([older, newer, makeThoughtRecord({ completedAt: null })]);
	await db.worksheets.add({ ...makeThoughtRecord({ completedAt: LATEST }), moods: 'broken' } as never);
	const { rows, skipped } = await completedWorksheets(db);
	expect(rows.map((r) => r.id)).toEqual([newer.id, older.id]);
	expect(skipped).toBe(1);
});

test('a deleted worksheet comes back exactly as it was with Undo', async () => {
	await open();
	const record = makeThoughtRecord({ editedAt: [LATER] });
	await db.worksheets.add(record);
	await deleteWorksheet(db, record.id);
	expect(await getWorksheet(db, record.id)).toBeUndefined();
	await restoreWorksheet(db, record);
	expect(await getWorksheet(db, record.id)).toEqual(record);
});

test('the client adds their own distortions and hides standard ones, which stay in the list', async () => {
	await open();
	await addDistortion(
		db,
		{ name: 'Comparing', description: 'Measuring myself against others' },
		ID,
		NOW,
		NAMES
	);
	await setDistortionHidden(db, 'labelling', true, true, NOW);
	const list = distortionList((await distortionRows(db)).rows);
	expect(list).toHaveLength(11);
	expect(list.find((d) => d.id === 'labelling')).toEqual({ id: 'labelling', standard: true, hidden: true });
	await setDistortionHidden(db, 'labelling', true, false, LATER);
	expect(distortionList((await distortionRows(db)).rows).every((d) => !d.hidden)).toBe(true);
	const error = await addDistortion(
		db,
		{ name: '  ' },
		'60000000-0000-4000-8000-000000000002',
		NOW,
		NAMES
	).catch((e: unknown) => e);
	expect(isValidationError(error)).toBe(true);
});

test('a distortion of their own may not take a name already used, theirs or a standard one, in any case or accents', async () => {
	await open();
	await addDistortion(db, { name: 'Comparing' }, ID, NOW, NAMES);
	await setDistortionHidden(db, ID, false, true, LATER);
	for (const [name, taken] of [
		['  comparing ', 'Comparing'],
		['COMPARÍNG', 'Comparing'],
		['standard LABELLING', 'Standard labelling']
	]) {
		const error = await addDistortion(db, { name: name! }, crypto.randomUUID(), NOW, NAMES).catch(
			(e: unknown) => e
		);
		expect(isValidationError(error) && error.issues.map(messageOf)).toEqual([
			{ code: 'distortion.nameTaken', values: { name: taken } }
		]);
	}
	// Nothing was written by the refused ones.
	expect((await distortionRows(db)).rows.filter((row) => !row.standard)).toHaveLength(1);
	await addDistortion(db, { name: 'Comparing myself' }, crypto.randomUUID(), NOW, NAMES);
	expect((await distortionRows(db)).rows.filter((row) => !row.standard)).toHaveLength(2);
});

test('a full disk is reported as such by the write-error classifier', async () => {
	await open();
	db.worksheets.hook('creating', () => {
		throw new DOMException('full', 'QuotaExceededError');
	});
	const error = await saveWorksheet(db, fields, ID, NOW, { complete: true }).catch((e: unknown) => e);
	expect(classifyWriteError(error)).toBe('quota');
});

test('a ladder change applies to the ladder as stored, so two tabs each adding a step keep both; another kind is refused', async () => {
	await open();
	const step = (situation: string, expected: number) => ({
		id: situation,
		situation,
		expected,
		mastered: false,
		exposures: []
	});
	// Two tabs, each with the empty ladder on screen, each adds its own step.
	await changeLadder(
		db,
		ID,
		(l) => ({ ...l, goal: 'Take the bus', steps: [...l.steps, step('Stop', 30)] }),
		NOW
	);
	const second = await changeLadder(
		db,
		ID,
		(l) => ({ ...l, steps: [...l.steps, step('One stop', 55)] }),
		LATER
	);
	expect(second).toMatchObject({ kind: 'exposure-ladder', goal: 'Take the bus', completedAt: NOW });
	const stored = await getWorksheet(db, ID);
	expect(stored?.kind === 'exposure-ladder' && stored.steps.map((s) => s.situation)).toEqual([
		'Stop',
		'One stop'
	]);
	expect(stored?.editedAt).toEqual([LATER]);

	// An invalid change writes nothing.
	await expect(
		changeLadder(db, ID, (l) => ({ ...l, steps: [...l.steps, step(' ', 10)] }), LATEST)
	).rejects.toSatisfy(isValidationError);
	expect((await getWorksheet(db, ID))?.updatedAt).toBe(LATER);

	const other = '60000000-0000-4000-8000-000000000002';
	await saveWorksheet(db, { ...emptyThoughtRecord(), kind: 'thought-record' }, other, NOW, {
		complete: false
	});
	await expect(changeLadder(db, other, (l) => l, LATER)).rejects.toThrow('worksheet.gone');
});
