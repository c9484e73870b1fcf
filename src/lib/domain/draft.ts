import type { Instant } from './common';

/**
 * A half-finished form, saved on every change so that nothing a person typed is lost to a reload,
 * a crash or an update. `key` names the form and, where it edits a record, the record ("contact:new").
 * Drafts are written on every keystroke of every form, so they are checked by hand rather than with zod:
 * the first screen renders and autosaves without loading a validator.
 */
export interface Draft {
	key: string;
	value: unknown;
	/**
	 * The fingerprint of the stored value this one grew from (draftFingerprint): another tab showing exactly that
	 * value may follow this one, since nothing of its own is lost; any other tab keeps its words and is told.
	 */
	replaces?: string;
	createdAt: Instant;
	updatedAt: Instant;
}

/** `key` if it can name a draft (1 to 200 characters); throws otherwise. */
export function checkDraftKey(key: string): string {
	if (typeof key !== 'string' || key.length < 1 || key.length > 200)
		throw new TypeError(`A draft key is 1 to 200 characters, not ${JSON.stringify(key)}.`);
	return key;
}

/** A short fingerprint of a draft's value as JSON (FNV-1a, 32 bits): enough to tell one tab's words from another's. */
export function draftFingerprint(json: string | undefined): string {
	let hash = 0x811c9dc5;
	for (const char of json ?? '') {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}
