import Dexie from 'dexie';
import type { Instrument, MeasureResponse } from '$lib/domain/measures';
import type { Db } from './db';

// Reads for the measures screens and Today's gentle "due" card; no validation, so no zod.

const ofInstrument = (db: Db, instrument: Instrument, before: string | typeof Dexie.maxKey = Dexie.maxKey) =>
	db.measureResponses
		.where('[instrument+at]')
		.between([instrument, Dexie.minKey], [instrument, before], true, false);

export const getResponse = (db: Db, id: string) => db.measureResponses.get(id);

/** The most recent response to `instrument`, if any. */
export const latestResponse = (db: Db, instrument: Instrument): Promise<MeasureResponse | undefined> =>
	ofInstrument(db, instrument).last();

/** The response to the same instrument before `response`, for "since last time". */
export const previousResponse = (db: Db, response: MeasureResponse): Promise<MeasureResponse | undefined> =>
	ofInstrument(db, response.instrument, response.at).last();

/** Every response, newest first (a few dozen a year). */
export const listResponses = async (db: Db): Promise<MeasureResponse[]> =>
	(await db.measureResponses.toArray()).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
