import Dexie from 'dexie';
import type { CheckIn } from '$lib/domain/check-in';
import type { Db } from './db';

// Reads for the check-in screens. No validation here (nothing is written), so a screen that only renders can
// import these without loading zod; the writes are in check-ins.ts and symptoms.ts.

export const getCheckIn = (db: Db, id: string) => db.checkIns.get(id);

/** Check-ins for the days `from` to `to` inclusive, newest first. */
export const checkInsBetween = (db: Db, from: string, to: string): Promise<CheckIn[]> =>
	db.checkIns
		.where('[day+at]')
		.between([from, Dexie.minKey], [to, Dexie.maxKey], true, true)
		.reverse()
		.toArray();

export const checkInsOn = (db: Db, day: string) => checkInsBetween(db, day, day);

/** Every day that has a check-in, newest first: read from the index alone, so years of entries stay quick. */
export const checkInDays = async (db: Db): Promise<string[]> =>
	(await db.checkIns.orderBy('day').reverse().uniqueKeys()) as string[];

/** The newest `dayCount` days with check-ins and their entries, and whether older days remain. */
export async function recentCheckIns(
	db: Db,
	dayCount: number
): Promise<{ entries: CheckIn[]; days: string[]; more: boolean }> {
	const all = await checkInDays(db);
	const days = all.slice(0, dayCount);
	const oldest = days.at(-1);
	const newest = days[0];
	const entries = oldest && newest ? await checkInsBetween(db, oldest, newest) : [];
	return { entries, days, more: all.length > days.length };
}
