import { displayName, sameNamed } from '$lib/domain/check-in';
import { fieldError } from '$lib/domain/errors';
import { reorder } from '$lib/domain/list-order';
import { Symptom, SymptomInput, Tag, TagInput } from '$lib/domain/check-in.schema';
import { msg } from '$lib/domain/messages';
import type { Db } from './db';

// The client's own symptoms and tags: add, rename, reorder, archive. Nothing is ever deleted, so every past
// check-in keeps the names it was rated with. Invalid input throws a ValidationError and writes nothing.

type ListTable = 'symptoms' | 'tags';

/** The words of the preset items, in the client's language: a new name may not repeat one of them either. */
export type PresetNames = Readonly<Record<string, string>>;

/** Refuses `name` when another item of `table` (archived ones too) already has it, in any case or accents. */
async function checkNameFree(db: Db, table: ListTable, name: string, presets: PresetNames, except?: string) {
	const items: (Symptom | Tag)[] = await db[table].toArray();
	const same = sameNamed(name, items, presets, except);
	if (same) throw fieldError('name', 'item.nameTaken', name, { name: displayName(same, presets) });
}

async function nextOrder(db: Db, table: ListTable): Promise<number> {
	const last = await db[table].orderBy('order').last();
	return (last?.order ?? -1) + 1;
}

export async function addSymptom(
	db: Db,
	input: unknown,
	id: string,
	now: string,
	presets: PresetNames
): Promise<Symptom> {
	const { name } = SymptomInput.parse(input);
	return db.transaction('rw', db.symptoms, async () => {
		await checkNameFree(db, 'symptoms', name, presets);
		const symptom = Symptom.parse({
			id,
			name,
			preset: null,
			order: await nextOrder(db, 'symptoms'),
			archived: false,
			createdAt: now,
			updatedAt: now
		});
		await db.symptoms.add(symptom);
		return symptom;
	});
}

export async function addTag(
	db: Db,
	input: unknown,
	id: string,
	now: string,
	presets: PresetNames
): Promise<Tag> {
	const { name, kind } = TagInput.parse(input);
	return db.transaction('rw', db.tags, async () => {
		await checkNameFree(db, 'tags', name, presets);
		const tag = Tag.parse({
			id,
			name,
			preset: null,
			kind,
			order: await nextOrder(db, 'tags'),
			archived: false,
			createdAt: now,
			updatedAt: now
		});
		await db.tags.add(tag);
		return tag;
	});
}

async function change<T extends Symptom | Tag>(
	db: Db,
	table: ListTable,
	id: string,
	changes: Partial<T>,
	now: string
): Promise<T> {
	const schema = table === 'symptoms' ? Symptom : Tag;
	return db.transaction('rw', db[table], async () => {
		const existing = await db[table].get(id);
		if (!existing) throw new Error(msg('item.gone'));
		const next = schema.parse({ ...existing, ...changes, updatedAt: now }) as T;
		await db[table].put(next as never);
		return next;
	});
}

/** A new name for a symptom or tag; past check-ins show it too, since they refer to the row. */
export async function renameItem(
	db: Db,
	table: ListTable,
	id: string,
	input: unknown,
	now: string,
	presets: PresetNames
) {
	const { name } = SymptomInput.parse(input);
	return db.transaction('rw', db[table], async () => {
		await checkNameFree(db, table, name, presets, id);
		return change(db, table, id, { name }, now);
	});
}

/** Archived: gone from the check-in form, kept for history. Unarchiving brings it back where it was. */
export async function setArchived(db: Db, table: ListTable, id: string, archived: boolean, now: string) {
	return change(db, table, id, { archived }, now);
}

/** Moves an item up (-1) or down (+1) in the client's list. */
export async function moveItem(db: Db, table: ListTable, id: string, delta: number, now: string) {
	await db.transaction('rw', db[table], async () => {
		const items: { id: string; order: number }[] = await db[table].toArray();
		for (const { id: changed, order } of reorder(items, id, delta)) {
			await db[table].update(changed, { order, updatedAt: now });
		}
	});
}
