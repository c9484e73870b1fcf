import { checkDraftKey, type Draft } from '$lib/domain/draft';
import type { Db } from './db';

export async function getDraft(db: Db, key: string): Promise<Draft | undefined> {
	return db.drafts.get(checkDraftKey(key));
}

/** Stores `value` as the draft for `key`, keeping when it was first started; `replaces`: see Draft. */
export async function putDraft(
	db: Db,
	key: string,
	value: unknown,
	now: string,
	replaces?: string
): Promise<Draft> {
	checkDraftKey(key);
	if (value === undefined) throw new TypeError('A draft needs a value.');
	return db.transaction('rw', db.drafts, async () => {
		const existing = await db.drafts.get(key);
		const draft: Draft = { key, value, createdAt: existing?.createdAt ?? now, updatedAt: now };
		if (replaces !== undefined) draft.replaces = replaces;
		await db.drafts.put(draft);
		return draft;
	});
}

export async function deleteDraft(db: Db, key: string): Promise<void> {
	await db.drafts.delete(checkDraftKey(key));
}
