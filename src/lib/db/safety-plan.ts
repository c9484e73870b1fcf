import { dayOfInstant } from '$lib/domain/time';
import {
	contentFromRow,
	emptyContent,
	newestFirst,
	normalizeContent,
	planFromRow,
	SAFETY_PLAN_ID,
	sameContent,
	startsNewVersion,
	type PlanContent as PlanContentRow,
	type SafetyPlan as SafetyPlanRow
} from '$lib/domain/safety-plan';
import {
	PlanContent as PlanContentSchema,
	reviewDay,
	SafetyPlan,
	SafetyPlanVersion
} from '$lib/domain/safety-plan.schema';
import type { Db } from './db';

export interface SaveResult {
	plan: SafetyPlanRow;
	/** False when the content said the same as the stored plan, so nothing was written. */
	changed: boolean;
}

/** Nothing was written: the stored plan is no longer `base`, another tab saved in between. Merge with `theirs`. */
export interface StaleResult {
	stale: true;
	theirs: PlanContentRow;
}

/** Writes `content` as the plan, keeping its review dates and first creation (inside a caller's transaction). */
async function putPlan(db: Db, existing: SafetyPlanRow | null, content: PlanContentRow, now: string) {
	const plan = SafetyPlan.parse({
		reviewedOn: null,
		reviewSnoozedUntil: null,
		...existing,
		...content,
		id: SAFETY_PLAN_ID,
		createdAt: existing?.createdAt ?? now,
		updatedAt: now
	});
	await db.safetyPlan.put(plan);
	return plan;
}

/** Starts a version of the plan's history holding `content` (inside a caller's transaction). */
const addVersion = (db: Db, id: string, content: PlanContentRow, now: string) =>
	db.safetyPlanVersions.add(
		SafetyPlanVersion.parse({ id, ...content, reviewedOn: null, createdAt: now, updatedAt: now })
	);

/**
 * Stores the plan's content and keeps its history: a change in the same sitting as the newest version updates
 * that version, a later one starts a new version (SITTING_GAP_MINUTES). Invalid input throws a ZodError and
 * writes nothing. `versionId` is used only if a new version starts. With `base` (the content the editor started
 * from), a plan another tab changed meanwhile is not overwritten: nothing is written and the result is `stale`.
 */
export function savePlanContent(db: Db, input: unknown, versionId: string, now: string): Promise<SaveResult>;
export function savePlanContent(
	db: Db,
	input: unknown,
	versionId: string,
	now: string,
	base: PlanContentRow
): Promise<SaveResult | StaleResult>;
export async function savePlanContent(
	db: Db,
	input: unknown,
	versionId: string,
	now: string,
	base?: PlanContentRow
): Promise<SaveResult | StaleResult> {
	const content = normalizeContent(PlanContentSchema.parse(input));
	return db.transaction('rw', db.safetyPlan, db.safetyPlanVersions, async () => {
		const existing = planFromRow(await db.safetyPlan.get(SAFETY_PLAN_ID));
		if (existing && sameContent(existing, content)) return { plan: existing, changed: false };
		if (base && !sameContent(existing ?? emptyContent(), base))
			return { stale: true, theirs: existing ?? emptyContent() };
		const plan = await putPlan(db, existing, content, now);
		const [latest] = newestFirst(await db.safetyPlanVersions.toArray());
		if (latest && !startsNewVersion(latest.updatedAt, now)) {
			await db.safetyPlanVersions.put(SafetyPlanVersion.parse({ ...latest, ...content, updatedAt: now }));
		} else {
			await addVersion(db, versionId, content, now);
		}
		return { plan, changed: true };
	});
}

/** What became of a restore: done; the version is gone; or words typed in the editor are not yet saved. */
export type RestoreResult = 'restored' | 'gone' | 'unsaved';

/**
 * Makes past version `versionId` the plan again, as a new version of its own (`newVersionId`), so the plan it
 * replaces stays in the history as the version before: a restore loses nothing, and can itself be undone the
 * same way. The editor's draft (`draftKey`) goes with it when it only repeats the stored plan (else the editor
 * would save the old words straight back); when it holds words not yet saved, nothing is written: 'unsaved'.
 */
export async function restorePlanVersion(
	db: Db,
	versionId: string,
	newVersionId: string,
	now: string,
	draftKey: string
): Promise<RestoreResult> {
	return db.transaction('rw', [db.safetyPlan, db.safetyPlanVersions, db.drafts], async () => {
		const found = SafetyPlanVersion.safeParse(await db.safetyPlanVersions.get(versionId));
		if (!found.success) return 'gone';
		const existing = planFromRow(await db.safetyPlan.get(SAFETY_PLAN_ID));
		const draft = await db.drafts.get(draftKey);
		if (draft) {
			const typed = normalizeContent(contentFromRow(draft.value));
			if (!sameContent(existing ?? emptyContent(), typed)) return 'unsaved';
			await db.drafts.delete(draftKey);
		}
		const content = normalizeContent(PlanContentSchema.parse(contentFromRow(found.data)));
		await putPlan(db, existing, content, now);
		await addVersion(db, newVersionId, content, now);
		return 'restored';
	});
}

/**
 * Records that the client went through the plan with their therapist on `day` (not in the future: `now` is
 * the client's local instant). The newest version carries the date too, so the history shows it.
 */
export async function markReviewed(db: Db, day: unknown, now: string): Promise<SafetyPlanRow> {
	const reviewedOn = reviewDay(dayOfInstant(now)).parse(day);
	return db.transaction('rw', db.safetyPlan, db.safetyPlanVersions, async () => {
		const existing = planFromRow(await db.safetyPlan.get(SAFETY_PLAN_ID));
		const plan = SafetyPlan.parse({
			...emptyContent(),
			...existing,
			id: SAFETY_PLAN_ID,
			reviewedOn,
			reviewSnoozedUntil: null,
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
		await db.safetyPlan.put(plan);
		const [latest] = newestFirst(await db.safetyPlanVersions.toArray());
		if (latest) await db.safetyPlanVersions.put(SafetyPlanVersion.parse({ ...latest, reviewedOn }));
		return plan;
	});
}

/** "Not now" on the review reminder: hidden until `until`. */
export async function snoozeReview(db: Db, until: unknown, now: string): Promise<void> {
	await db.transaction('rw', db.safetyPlan, async () => {
		const existing = planFromRow(await db.safetyPlan.get(SAFETY_PLAN_ID));
		if (!existing) return;
		await db.safetyPlan.put(SafetyPlan.parse({ ...existing, reviewSnoozedUntil: until, updatedAt: now }));
	});
}
