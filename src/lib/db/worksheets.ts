// Writes for the CBT worksheets and the client's cognitive distortions. Each validates with the record's schema
// and writes nothing on invalid input; screens load this module only when saving.
import { msg } from '$lib/domain/messages';
import { fieldError } from '$lib/domain/errors';
import {
	DistortionRow,
	takenDistortionName,
	type StandardDistortion
} from '$lib/domain/worksheets/distortions';
import { emptyLadder, type ExposureLadderFields } from '$lib/domain/worksheets/exposure-ladder';
import { Worksheet } from '$lib/domain/worksheets/worksheet';
import type { Db } from './db';

/** What the client wrote, without the bookkeeping: equal for two saves that changed nothing. */
const content = (row: Worksheet): string => {
	const { id: _id, completedAt: _c, editedAt: _e, createdAt: _a, updatedAt: _u, ...fields } = row;
	return JSON.stringify(fields);
};

/**
 * Stores the worksheet `input` (a kind and its fields) under `id`. `complete`: the client finished it, so it
 * gets its completion date, once; a later save that changes a completed worksheet keeps that date and adds its
 * instant to `editedAt`. A save that changes nothing writes nothing and returns the stored record.
 */
export async function saveWorksheet(
	db: Db,
	input: unknown,
	id: string,
	now: string,
	{ complete }: { complete: boolean }
): Promise<Worksheet> {
	// Checked before the transaction, so an invalid input throws its ValidationError and opens nothing.
	Worksheet.parse({
		...(input as object),
		id,
		completedAt: null,
		editedAt: [],
		createdAt: now,
		updatedAt: now
	});
	return db.transaction('rw', db.worksheets, async () => {
		const existing = await db.worksheets.get(id);
		const completedAt = existing?.completedAt ?? (complete ? now : null);
		const record = Worksheet.parse({
			...(input as object),
			id,
			completedAt,
			editedAt: existing?.editedAt ?? [],
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
		if (existing && content(existing) === content(record) && existing.completedAt === completedAt)
			return existing;
		if (existing?.completedAt) record.editedAt = [...existing.editedAt, now];
		await db.worksheets.put(record);
		return record;
	});
}

/**
 * Changes the exposure ladder `id` (a new one if none is stored) by `change`, applied to the ladder as stored now,
 * read and written in one transaction: two tabs that each add a step or a practice keep both.
 */
export function changeLadder(
	db: Db,
	id: string,
	change: (ladder: ExposureLadderFields) => ExposureLadderFields,
	now: string
): Promise<Worksheet> {
	return db.transaction('rw', db.worksheets, async () => {
		const stored = await db.worksheets.get(id);
		if (stored && stored.kind !== 'exposure-ladder') throw new Error(msg('worksheet.gone'));
		const current = stored ? { goal: stored.goal, steps: stored.steps } : emptyLadder();
		return saveWorksheet(db, { kind: 'exposure-ladder', ...change(current) }, id, now, { complete: true });
	});
}

export const deleteWorksheet = (db: Db, id: string) => db.worksheets.delete(id);

/** Puts back a worksheet exactly as it was (undo of a delete). */
export const restoreWorksheet = (db: Db, worksheet: Worksheet) =>
	db.worksheets.put(Worksheet.parse(worksheet));

/**
 * Adds a distortion of the client's own. A name already in use (a standard one's, in `standardNames`, the
 * client's language, or one of their own) is refused with a message naming it, and nothing is written.
 */
export async function addDistortion(
	db: Db,
	input: { name: string; description?: string },
	id: string,
	now: string,
	standardNames: Readonly<Record<StandardDistortion, string>>
): Promise<DistortionRow> {
	const row = DistortionRow.parse({
		...input,
		id,
		standard: false,
		hidden: false,
		createdAt: now,
		updatedAt: now
	});
	return db.transaction('rw', db.distortions, async () => {
		const taken = row.standard
			? undefined
			: takenDistortionName(row.name, await db.distortions.toArray(), standardNames);
		if (taken) throw fieldError('name', 'distortion.nameTaken', input.name, { name: taken });
		await db.distortions.add(row);
		return row;
	});
}

/** Hides a distortion from the picker, or shows it again. A standard one is only ever hidden, never deleted. */
export async function setDistortionHidden(
	db: Db,
	id: StandardDistortion | string,
	standard: boolean,
	hidden: boolean,
	now: string
): Promise<void> {
	await db.transaction('rw', db.distortions, async () => {
		const existing = await db.distortions.get(id);
		if (!standard && !existing) throw new Error(msg('worksheet.gone'));
		const row = DistortionRow.parse(
			existing
				? { ...existing, hidden, updatedAt: now }
				: { id, standard: true, hidden, createdAt: now, updatedAt: now }
		);
		await db.distortions.put(row);
	});
}

export { firstMessage, isValidationError, messagesByField } from '$lib/domain/errors';
