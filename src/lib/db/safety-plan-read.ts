import type { Contact } from '$lib/domain/contact';
import {
	contentFromRow,
	newestFirst,
	planFromRow,
	SAFETY_PLAN_ID,
	type SafetyPlan,
	type SafetyPlanVersion
} from '$lib/domain/safety-plan';
import { listContacts } from './contacts-read';
import type { Db } from './db';

// Reading the plan needs no validator, so Help now renders it without loading one (writes: safety-plan.ts).

/** The client's safety plan, or null before they start one. */
export async function getPlan(db: Db): Promise<SafetyPlan | null> {
	return planFromRow(await db.safetyPlan.get(SAFETY_PLAN_ID));
}

/** Every saved version, newest first. */
export async function listVersions(db: Db): Promise<SafetyPlanVersion[]> {
	const rows = await db.safetyPlanVersions.toArray();
	return newestFirst(
		rows.map((row) => ({
			...row,
			...contentFromRow(row),
			reviewedOn: typeof row.reviewedOn === 'string' ? row.reviewedOn : null
		}))
	);
}

/** What Help now shows: the plan and the client's contacts, read together so they appear together. */
export async function getPlanWithContacts(db: Db): Promise<{ plan: SafetyPlan | null; contacts: Contact[] }> {
	return db.transaction('r', db.safetyPlan, db.contacts, async () => ({
		plan: await getPlan(db),
		contacts: await listContacts(db)
	}));
}
