// Worksheets and the client's own cognitive distortions. Every write validates with the record's schema and
// writes nothing on invalid input; reads are checked row by row (read.ts), so one damaged record hides no other.
import { Distortion, newDistortionIssue, type StandardDistortion } from '$lib/domain/worksheets/distortions';
import { fieldError } from '$lib/domain/errors';
import { msg } from '$lib/domain/messages';
import {
	completionOnSave,
	expandQuickRecord,
	QuickThoughtRecord,
	QuickThoughtRecordInput,
	ThoughtRecord,
	ThoughtRecordInput
} from '$lib/domain/worksheets/thought-record';
import { Worksheet } from '$lib/domain/worksheets/worksheet';
import type { Db } from './db';
import { readRows, readRow, readValid } from './read';

/** Every worksheet, most recently changed first, and how many could not be read. */
export const listWorksheets = (db: Db) =>
	readRows('worksheets', db.worksheets.orderBy('updatedAt').reverse().toArray());

export const getWorksheet = (db: Db, id: string) => readRow('worksheets', db.worksheets.get(id));

/**
 * Saves a full thought record (new, or `id` changed). `finished`: the client finished it now; a record finished
 * before keeps its first completion date, and each later save is recorded as an edit.
 */
export async function saveThoughtRecord(
	db: Db,
	input: unknown,
	id: string,
	now: string,
	finished: boolean
): Promise<ThoughtRecord> {
	const fields = ThoughtRecordInput.parse(input);
	return db.transaction('rw', db.worksheets, async () => {
		const existing = await db.worksheets.get(id);
		const record = ThoughtRecord.parse({
			...fields,
			...completionOnSave(existing, finished, now),
			id,
			kind: 'thought-record',
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
		await db.worksheets.put(record);
		return record;
	});
}

/** Saves a quick thought record (new, or `id` changed); a quick record is finished when it is saved. */
export async function saveQuickRecord(
	db: Db,
	input: unknown,
	id: string,
	now: string
): Promise<QuickThoughtRecord> {
	const fields = QuickThoughtRecordInput.parse(input);
	return db.transaction('rw', db.worksheets, async () => {
		const existing = await db.worksheets.get(id);
		const record = QuickThoughtRecord.parse({
			...fields,
			expandedTo: existing?.kind === 'quick-thought-record' ? existing.expandedTo : fields.expandedTo,
			...completionOnSave(existing, true, now),
			id,
			kind: 'quick-thought-record',
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
		await db.worksheets.put(record);
		return record;
	});
}

/**
 * Grows quick record `quickId` into a new full record `id`, carrying over what was written, and links the two.
 * Expanding one that already grew returns the full record it grew into.
 */
export async function expandQuick(db: Db, quickId: string, id: string, now: string): Promise<ThoughtRecord> {
	return db.transaction('rw', db.worksheets, async () => {
		const quick = QuickThoughtRecord.safeParse(await db.worksheets.get(quickId));
		if (!quick.success) throw new Error(msg('worksheet.gone'));
		const grown = quick.data.expandedTo && (await db.worksheets.get(quick.data.expandedTo));
		if (grown && grown.kind === 'thought-record') return ThoughtRecord.parse(grown);
		const record = ThoughtRecord.parse({
			...expandQuickRecord(quick.data),
			id,
			kind: 'thought-record',
			completedAt: null,
			editedAt: [],
			createdAt: now,
			updatedAt: now
		});
		await db.worksheets.put(record);
		await db.worksheets.put(QuickThoughtRecord.parse({ ...quick.data, expandedTo: id, updatedAt: now }));
		return record;
	});
}

export const deleteWorksheet = (db: Db, id: string) => db.worksheets.delete(id);

/** Puts back a worksheet exactly as it was (undo of a delete). */
export const restoreWorksheet = async (db: Db, worksheet: Worksheet) => {
	await db.worksheets.put(Worksheet.parse(worksheet));
};

/** The stored distortion rows (the client's own, and the standard ones they hid). */
export const listDistortions = (db: Db) => readValid('distortions', db.distortions.toArray());

/** Adds a distortion of the client's own; a name already in the list (any case or accents) is refused. */
export async function addDistortion(
	db: Db,
	input: { name: string; description?: string },
	id: string,
	now: string,
	standardNames: Readonly<Record<StandardDistortion, string>>
): Promise<Distortion> {
	return db.transaction('rw', db.distortions, async () => {
		const rows = await listDistortions(db);
		const issue = newDistortionIssue(input.name, rows, standardNames);
		if (issue) throw fieldError('name', issue, input.name);
		const row = Distortion.parse({
			id,
			standard: null,
			name: input.name,
			description: input.description ?? '',
			hidden: false,
			createdAt: now,
			updatedAt: now
		});
		await db.distortions.add(row);
		return row;
	});
}

/** Hides or shows a distortion, standard or the client's own. */
export async function setDistortionHidden(db: Db, id: string, hidden: boolean, now: string): Promise<void> {
	await db.transaction('rw', db.distortions, async () => {
		const existing = await db.distortions.get(id);
		const row = existing
			? { ...existing, hidden, updatedAt: now }
			: { id, standard: id, name: '', description: '', hidden, createdAt: now, updatedAt: now };
		await db.distortions.put(Distortion.parse(row));
	});
}

/** Deletes a distortion of the client's own; the standard ones can only be hidden. */
export async function deleteOwnDistortion(db: Db, id: string): Promise<void> {
	await db.transaction('rw', db.distortions, async () => {
		const existing = await db.distortions.get(id);
		if (existing && existing.standard === null) await db.distortions.delete(id);
	});
}
