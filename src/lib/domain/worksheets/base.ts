// What every CBT worksheet record shares, whatever its kind: the one table `worksheets` holds them all, told apart
// by `kind`, so the Homework screen lists, searches and deletes them through one path, and backup, export and the
// therapist's review read one table. Each kind's own fields are in its own module beside this one.

import { Id, Instant, Timestamps } from '../common';
import { z } from '../zod';

/** The kinds of worksheet, in the order the Homework screen offers them. */
export const WORKSHEET_KINDS = [
	'thought-record',
	'quick-thought-record',
	'activity-log',
	'activity-plan',
	'exposure-ladder',
	'problem-solving'
] as const;
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];

/** The longest text a worksheet field keeps: generous, since a thought record can be long. */
export const WORKSHEET_TEXT_MAX = 5000;

/**
 * The fields of every worksheet. `completedAt` is set once, when the client first finishes it, and kept through
 * later edits; each later save of a completed worksheet adds its instant to `editedAt`.
 */
export const worksheetBase = <K extends WorksheetKind>(kind: K) => ({
	id: Id,
	kind: z.literal(kind),
	completedAt: z.nullable(Instant),
	editedAt: z._default(z.array(Instant), () => []),
	...Timestamps.shape
});
