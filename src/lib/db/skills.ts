// Writes for the skills area. Each validates with the record's schema and writes nothing on invalid input.
import type { SkillId } from '$lib/domain/skills';
import {
	Memory,
	MemoryInput,
	Practice,
	SkillPrefs,
	StopPlan,
	StopPlanInput
} from '$lib/domain/skills.schema';
import type { Db } from './db';

/** Logs a practice. `input` carries everything but id and timestamps. */
export async function addPractice(db: Db, input: unknown, id: string, now: string): Promise<Practice> {
	const practice = Practice.parse({ ...(input as object), id, createdAt: now, updatedAt: now });
	await db.practices.add(practice);
	return practice;
}

export const deletePractice = (db: Db, id: string) => db.practices.delete(id);

/** Puts back a practice exactly as it was (undo of a delete). */
export const restorePractice = (db: Db, practice: Practice) => db.practices.put(Practice.parse(practice));

/** Merges `changes` into a skill's preferences (a favourite, cues, the last length chosen). */
export async function updateSkillPrefs(
	db: Db,
	skill: SkillId,
	changes: Partial<Omit<SkillPrefs, 'skill' | 'createdAt' | 'updatedAt'>>,
	now: string
): Promise<SkillPrefs> {
	return db.transaction('rw', db.skillPrefs, async () => {
		const existing = await db.skillPrefs.get(skill);
		const prefs = SkillPrefs.parse({
			...existing,
			...changes,
			skill,
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
		await db.skillPrefs.put(prefs);
		return prefs;
	});
}

/** Adds a plan, or changes the one with `id` if it exists. */
export async function saveStopPlan(db: Db, input: unknown, id: string, now: string): Promise<StopPlan> {
	const fields = StopPlanInput.parse(input);
	return db.transaction('rw', db.stopPlans, async () => {
		const existing = await db.stopPlans.get(id);
		const plan = StopPlan.parse({ ...fields, id, createdAt: existing?.createdAt ?? now, updatedAt: now });
		await db.stopPlans.put(plan);
		return plan;
	});
}

export const deleteStopPlan = (db: Db, id: string) => db.stopPlans.delete(id);
export const restoreStopPlan = (db: Db, plan: StopPlan) => db.stopPlans.put(StopPlan.parse(plan));

/** Adds a memory to the bank, or changes the one with `id`. */
export async function saveMemory(db: Db, input: unknown, id: string, now: string): Promise<Memory> {
	const fields = MemoryInput.parse(input);
	return db.transaction('rw', db.memories, async () => {
		const existing = await db.memories.get(id);
		const memory = Memory.parse({ ...fields, id, createdAt: existing?.createdAt ?? now, updatedAt: now });
		await db.memories.put(memory);
		return memory;
	});
}

export const deleteMemory = (db: Db, id: string) => db.memories.delete(id);
export const restoreMemory = (db: Db, memory: Memory) => db.memories.put(Memory.parse(memory));

// Screens load this module only when saving; they read its validation errors through it too, so the
// error helpers travel with the write and nothing extra joins the screen's first load.
export { firstMessage, isValidationError, messagesByField } from '$lib/domain/errors';
