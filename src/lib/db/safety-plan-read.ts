import type { Contact } from '$lib/domain/contact';
import {
	newestFirst,
	SAFETY_PLAN_ID,
	type SafetyPlan,
	type SafetyPlanVersion
} from '$lib/domain/safety-plan';
import { readContacts } from './contacts-read';
import type { Db } from './db';
import { readRow, readRows, schemasReady } from './read';

// Reads of the plan, each row checked against its schema (writes: safety-plan.ts).

/** The client's safety plan, or null before they start one (or when the stored one cannot be read). */
export async function getPlan(db: Db): Promise<SafetyPlan | null> {
	return (await readRow('safetyPlan', db.safetyPlan.get(SAFETY_PLAN_ID))) ?? null;
}

/** Every saved version that can be read, newest first. */
export async function listVersions(db: Db): Promise<SafetyPlanVersion[]> {
	return newestFirst((await readRows('safetyPlanVersions', db.safetyPlanVersions.toArray())).rows);
}

/**
 * What Help now shows: the plan and the client's contacts, read together so they appear together, and how many
 * saved records could not be read (a damaged contact is left out; the plan and the other people still show).
 */
export async function getPlanWithContacts(
	db: Db
): Promise<{ plan: SafetyPlan | null; contacts: Contact[]; skipped: number }> {
	// Inside a transaction only Dexie's own promises may be awaited, so the schemas must be loaded before it opens.
	await schemasReady();
	return db.transaction('r', db.safetyPlan, db.contacts, async () => {
		const row: unknown = await db.safetyPlan.get(SAFETY_PLAN_ID);
		const plan = (await readRow('safetyPlan', Promise.resolve(row))) ?? null;
		const contacts = await readContacts(db);
		const planSkipped = row !== undefined && plan === null ? 1 : 0;
		return { plan, contacts: contacts.rows, skipped: contacts.skipped + planSkipped };
	});
}
