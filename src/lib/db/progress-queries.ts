import type { Db } from './db';
import { readRow, readRows } from './read';

// Reads for the Progress screen beyond the check-in queries it shares with the history.

/** The day of the earliest check-in (one index key), for the "Everything" range; null when there is none. */
export async function firstCheckInDay(db: Db): Promise<string | null> {
	const first = await readRow('checkIns', db.checkIns.orderBy('[day+at]').first());
	return first?.day ?? null;
}

/** Every PHQ-9 and GAD-7 completed on a day from `from` to `to`, both included, with any damaged row counted. */
export const measuresBetween = (db: Db, from: string, to: string) =>
	readRows('measureResponses', db.measureResponses.where('day').between(from, to, true, true).toArray());
