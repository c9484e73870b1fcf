// Writes for the sleep skill: the checklist, each night's ticks and the sleep diary. Each validates with the
// record's schema and writes nothing on invalid input.
import { isFilledInLater } from '$lib/domain/check-in';
import type { StandardHabit } from '$lib/domain/sleep-hygiene';
import { SleepCheck, SleepDiary, SleepHabit } from '$lib/domain/sleep.schema';
import { ValidationError } from '$lib/domain/errors';
import type { MessageCode } from '$lib/domain/messages';
import type { Db } from './db';

/** Adds a habit at the end of the checklist: a standard one, or the client's own words. */
export async function addSleepHabit(
	db: Db,
	habit: { standard: StandardHabit } | { label: string },
	id: string,
	now: string
): Promise<SleepHabit> {
	return db.transaction('rw', db.sleepHabits, async () => {
		const last = await db.sleepHabits.orderBy('order').last();
		const row = SleepHabit.parse({
			id,
			standard: 'standard' in habit ? habit.standard : null,
			label: 'label' in habit ? habit.label : '',
			order: (last?.order ?? -1) + 1,
			createdAt: now,
			updatedAt: now
		});
		if (row.standard && (await db.sleepHabits.filter((h) => h.standard === row.standard).count()) > 0)
			return (await db.sleepHabits.filter((h) => h.standard === row.standard).first()) as SleepHabit;
		await db.sleepHabits.add(row);
		return row;
	});
}

export const removeSleepHabit = (db: Db, id: string) => db.sleepHabits.delete(id);
export const restoreSleepHabit = (db: Db, habit: SleepHabit) => db.sleepHabits.put(SleepHabit.parse(habit));

/** Records which habits were done on `night`, replacing that night's ticks. */
export async function setSleepCheck(db: Db, night: string, done: string[], now: string): Promise<SleepCheck> {
	return db.transaction('rw', db.sleepChecks, async () => {
		const existing = await db.sleepChecks.get(night);
		const check = SleepCheck.parse({
			night,
			done: [...new Set(done)],
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
		await db.sleepChecks.put(check);
		return check;
	});
}

const issue = (field: string, message: MessageCode, input: unknown) =>
	new ValidationError([{ code: 'custom', message, path: [field], input }]);

/**
 * Adds a night to the diary, or changes the one with `id`. A night cannot be written for a day that has not
 * happened yet, nor twice: the client is told and edits the night already there.
 */
export async function saveSleepDiary(
	db: Db,
	input: unknown,
	{ id, now, today }: { id: string; now: string; today: string }
): Promise<SleepDiary> {
	return db.transaction('rw', db.sleepDiary, async () => {
		const existing = await db.sleepDiary.get(id);
		const parsed = SleepDiary.parse({
			...(input as object),
			id,
			createdAt: existing?.createdAt ?? now,
			updatedAt: now
		});
		// Marked by the rule check-ins use, from when the night was first saved.
		const diary = { ...parsed, filledInLater: isFilledInLater(parsed.day, parsed.createdAt) };
		if (diary.day > today) throw issue('day', 'sleep.futureDay', input);
		const sameDay = await db.sleepDiary.where('day').equals(diary.day).first();
		if (sameDay && sameDay.id !== id) throw issue('day', 'sleep.dayTaken', input);
		await db.sleepDiary.put(diary);
		return diary;
	});
}

export const deleteSleepDiary = (db: Db, id: string) => db.sleepDiary.delete(id);
export const restoreSleepDiary = (db: Db, diary: SleepDiary) => db.sleepDiary.put(SleepDiary.parse(diary));

// Screens load this module only when saving; they read its validation errors through it too, so the
// error helpers travel with the write and nothing extra joins the screen's first load.
export { firstMessage, isValidationError, messagesByField } from '$lib/domain/errors';
