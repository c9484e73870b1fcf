import type { Db } from './db';
import { readRow } from './read';

// Reads for the Progress screen beyond the check-in queries it shares with the history.

/** The day of the earliest check-in (one index key), for the "Everything" range; null when there is none. */
export async function firstCheckInDay(db: Db): Promise<string | null> {
	const first = await readRow('checkIns', db.checkIns.orderBy('[day+at]').first());
	return first?.day ?? null;
}
