import { MAX_KEY, MIN_KEY } from './keys';
import type { Instrument, MeasureResponse } from '$lib/domain/measures';
import type { Db } from './db';
import { readRow, readRows } from './read';

// Reads for the measures screens and Today's gentle "due" card, each row checked against its schema.

const ofInstrument = (db: Db, instrument: Instrument, before: string | typeof MAX_KEY = MAX_KEY) =>
	db.measureResponses
		.where('[instrument+at]')
		.between([instrument, MIN_KEY], [instrument, before], true, false);

export const getResponse = (db: Db, id: string) => readRow('measureResponses', db.measureResponses.get(id));

/** The most recent response to `instrument` that can be read, if any. */
export const latestResponse = (db: Db, instrument: Instrument): Promise<MeasureResponse | undefined> =>
	lastValid(ofInstrument(db, instrument).reverse().limit(LOOK_BACK).toArray());

/** The response to the same instrument before `response`, for "since last time". */
export const previousResponse = (db: Db, response: MeasureResponse): Promise<MeasureResponse | undefined> =>
	lastValid(ofInstrument(db, response.instrument, response.at).reverse().limit(LOOK_BACK).toArray());

/** How many older rows to look through for one that can be read, past any damaged ones. */
const LOOK_BACK = 20;

const lastValid = async (newestFirst: Promise<unknown[]>) =>
	(await readRows('measureResponses', newestFirst)).rows[0];

/**
 * The newest `count` responses to either questionnaire, newest first, and whether older ones remain: read from
 * the day index with a limit, so years of results are never read at once. Within a day, the later one first.
 */
export async function recentResponses(
	db: Db,
	count: number
): Promise<{ responses: MeasureResponse[]; more: boolean; skipped: number }> {
	const found = await db.measureResponses
		.orderBy('day')
		.reverse()
		.limit(count + 1)
		.toArray();
	const { rows, skipped } = await readRows('measureResponses', Promise.resolve(found.slice(0, count)));
	const responses = rows.sort((a, b) =>
		a.day === b.day ? (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) : a.day < b.day ? 1 : -1
	);
	return { responses, more: found.length > count, skipped };
}
