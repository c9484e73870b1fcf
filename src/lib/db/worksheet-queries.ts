// Reads for the Homework screen and the worksheets, each row checked against its schema; writes live in
// worksheets.ts.
import type { Db } from './db';
import { readRow, readRows } from './read';

/** Completed worksheets, most recently completed first, with a count of damaged rows left out. */
export const completedWorksheets = (db: Db) =>
	readRows('worksheets', db.worksheets.orderBy('completedAt').reverse().toArray());

/** Worksheets first completed on a day from `from` to `to` (both included; completedAt is a local instant). */
export const worksheetsCompletedBetween = (db: Db, from: string, to: string) =>
	readRows(
		'worksheets',
		db.worksheets.where('completedAt').between(from, `${to}\uffff`, true, true).toArray()
	);

export const getWorksheet = (db: Db, id: string) => readRow('worksheets', db.worksheets.get(id));

/** The client's distortion rows (their own, and the standard ones they hid), for distortionList. */
export const distortionRows = (db: Db) => readRows('distortions', db.distortions.toArray());

/** Worksheets begun and not finished (or reopened and changed): their drafts, newest first. */
export const worksheetDrafts = (db: Db) =>
	db.drafts
		.where('key')
		.startsWith('worksheet:')
		.filter((row) => !row.key.endsWith('~set-aside'))
		.toArray()
		.then((rows) => rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));

/** The activity log and plan: every logged and planned activity, with a count of damaged rows left out. */
export const activities = (db: Db) =>
	readRows('worksheets', db.worksheets.where('kind').anyOf(['activity-log', 'activity-plan']).toArray());
