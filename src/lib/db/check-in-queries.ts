import { MAX_KEY, MIN_KEY } from './keys';
import type { CheckIn } from '$lib/domain/check-in';
import { monthBounds, monthOf } from '$lib/domain/check-in-history';
import type { Db } from './db';
import { readRow, readRows, readValid, type Checked } from './read';

// Reads for the check-in screens, each row checked against its schema; the writes are in check-ins.ts and
// symptoms.ts.

export const getCheckIn = (db: Db, id: string) => readRow('checkIns', db.checkIns.get(id));

const between = (db: Db, from: string, to: string) =>
	db.checkIns.where('[day+at]').between([from, MIN_KEY], [to, MAX_KEY], true, true).reverse().toArray();

/** Check-ins for the days `from` to `to` inclusive, newest first. */
export const checkInsBetween = (db: Db, from: string, to: string): Promise<CheckIn[]> =>
	readValid('checkIns', between(db, from, to));

/** The same, with how many could not be read. */
export const readCheckInsBetween = (db: Db, from: string, to: string): Promise<Checked<CheckIn>> =>
	readRows('checkIns', between(db, from, to));

export const checkInsOn = (db: Db, day: string) => checkInsBetween(db, day, day);

/** One month of check-ins and the nearest months on either side that have any. */
export interface CheckInMonth {
	/** The month shown (YYYY-MM), or null when there are no check-ins at all. */
	month: string | null;
	/** Its check-ins, newest first. */
	entries: CheckIn[];
	/** How many of its check-ins could not be read (they are left out). */
	skipped: number;
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
	if (!shown) return { month: null, entries: [], skipped: 0, older: null, newer: null };
	const { first, last } = monthBounds(shown);
	const [entries, olderDay, newerDay] = await Promise.all([
		readCheckInsBetween(db, first, last),
		db.checkIns.where('day').below(first).lastKey(),
		db.checkIns.where('day').above(last).firstKey()
	]);
	return {
		month: shown,
		entries: entries.rows,
		skipped: entries.skipped,
		older: typeof olderDay === 'string' ? monthOf(olderDay) : null,
		newer: typeof newerDay === 'string' ? monthOf(newerDay) : null
	};
}

/** The month of the newest check-in, from the day index's last key alone. */
export async function newestCheckInMonth(db: Db): Promise<string | null> {
	const day = await db.checkIns.orderBy('day').lastKey();
	return typeof day === 'string' ? monthOf(day) : null;
}
