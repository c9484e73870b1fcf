import Dexie from 'dexie';
import type { CheckIn } from '$lib/domain/check-in';
import { monthBounds, monthOf } from '$lib/domain/check-in-history';
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

/** One month of check-ins and the nearest months on either side that have any. */
export interface CheckInMonth {
	/** The month shown (YYYY-MM), or null when there are no check-ins at all. */
	month: string | null;
	/** Its check-ins, newest first. */
	entries: CheckIn[];
	/** The closest earlier and later months with a check-in: empty months in between are skipped. */
	older: string | null;
	newer: string | null;
}

/**
 * The check-ins of `month` (YYYY-MM; the newest month with any when omitted), read with indexed range queries:
 * one month's rows and two index keys, however many years are stored.
 */
export async function checkInMonth(db: Db, month?: string): Promise<CheckInMonth> {
	const shown = month ?? (await newestCheckInMonth(db));
	if (!shown) return { month: null, entries: [], older: null, newer: null };
	const { first, last } = monthBounds(shown);
	const [entries, olderDay, newerDay] = await Promise.all([
		checkInsBetween(db, first, last),
		db.checkIns.where('day').below(first).lastKey(),
		db.checkIns.where('day').above(last).firstKey()
	]);
	return {
		month: shown,
		entries,
		older: typeof olderDay === 'string' ? monthOf(olderDay) : null,
		newer: typeof newerDay === 'string' ? monthOf(newerDay) : null
	};
}

/** The month of the newest check-in, from the day index's last key alone. */
export async function newestCheckInMonth(db: Db): Promise<string | null> {
	const day = await db.checkIns.orderBy('day').lastKey();
	return typeof day === 'string' ? monthOf(day) : null;
}
