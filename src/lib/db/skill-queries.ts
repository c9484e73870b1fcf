// Reads for the skills screens, each row checked against its schema; writes live in skills.ts and sleep.ts.
import type { SkillId } from '$lib/domain/skills';
import type { Practice, SkillPrefs } from '$lib/domain/skills.schema';
import type { SleepDiary } from '$lib/domain/sleep.schema';
import type { Db } from './db';
import { readRow, readValid } from './read';

/** A skill's practices, newest first, `limit` at a time for a log that may hold years. */
export const recentPractices = (db: Db, skill: SkillId, limit: number): Promise<Practice[]> =>
	readValid(
		'practices',
		db.practices
			.where('skill')
			.equals(skill)
			.reverse()
			.sortBy('startedAt')
			.then((rows) => rows.slice(0, limit))
	);

export const countPractices = (db: Db, skill: SkillId) => db.practices.where('skill').equals(skill).count();

/** Only what the "what has helped you" summary needs from every practice. */
export async function practiceRatings(
	db: Db
): Promise<Pick<Practice, 'skill' | 'distressBefore' | 'distressAfter'>[]> {
	const rows: Pick<Practice, 'skill' | 'distressBefore' | 'distressAfter'>[] = [];
	await db.practices.each(({ skill, distressBefore, distressAfter }) => {
		rows.push({ skill, distressBefore, distressAfter });
	});
	return rows;
}

/** Every skill's preferences, with defaults for skills never touched. */
export async function skillPrefsBySkill(db: Db): Promise<Partial<Record<SkillId, SkillPrefs>>> {
	const out: Partial<Record<SkillId, SkillPrefs>> = {};
	for (const prefs of await readValid('skillPrefs', db.skillPrefs.toArray())) out[prefs.skill] = prefs;
	return out;
}

export const listStopPlans = (db: Db) => readValid('stopPlans', db.stopPlans.orderBy('createdAt').toArray());
export const listMemories = (db: Db) => readValid('memories', db.memories.orderBy('createdAt').toArray());
export const listSleepHabits = (db: Db) =>
	readValid('sleepHabits', db.sleepHabits.orderBy('order').toArray());
export const getSleepCheck = (db: Db, night: string) => readRow('sleepChecks', db.sleepChecks.get(night));

/** Diaries, newest night first, `limit` at a time. */
export const recentSleepDiaries = (db: Db, limit: number): Promise<SleepDiary[]> =>
	readValid('sleepDiary', db.sleepDiary.orderBy('day').reverse().limit(limit).toArray());

export const sleepDiariesBetween = (db: Db, from: string, to: string): Promise<SleepDiary[]> =>
	readValid('sleepDiary', db.sleepDiary.where('day').between(from, to, true, true).toArray());

/** Every practice begun on a day from `from` to `to`, both included, for Progress. */
export const practicesBetween = (db: Db, from: string, to: string): Promise<Practice[]> =>
	readValid('practices', db.practices.where('day').between(from, to, true, true).toArray());

export const countSleepDiaries = (db: Db) => db.sleepDiary.count();
