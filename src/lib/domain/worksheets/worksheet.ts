// Every kind of worksheet as one schema, told apart by `kind`: the registry's `worksheets` table validates with
// it. A new kind's module adds its schema here, one line.

import { z } from '../zod';
import { ActivityLog, ActivityPlan, activityText, activityTitle } from './activity';
import { ExposureLadder, ladderText, ladderTitle } from './exposure-ladder';
import { ProblemSolving, problemText, problemTitle } from './problem-solving';
import {
	QuickThoughtRecord,
	ThoughtRecord,
	quickRecordText,
	quickRecordTitle,
	thoughtRecordText,
	thoughtRecordTitle
} from './thought-record';

export const Worksheet = z.discriminatedUnion('kind', [
	ThoughtRecord,
	QuickThoughtRecord,
	ActivityLog,
	ActivityPlan,
	ExposureLadder,
	ProblemSolving
]);
export type Worksheet = z.infer<typeof Worksheet>;
export type WorksheetOf<K extends Worksheet['kind']> = Extract<Worksheet, { kind: K }>;

/**
 * What the Homework screen needs of each kind: all its words (for searching) and what it is listed by. `title`
 * also reads a draft, whose fields may be half-written or damaged, so it returns whatever it finds and the caller
 * keeps only text. A new kind adds its entry; the mapped type makes a missing one a type error.
 */
const describe: {
	[K in Worksheet['kind']]: {
		text: (r: WorksheetOf<K>) => string;
		title: (r: Partial<WorksheetOf<K>>) => unknown;
	};
} = {
	'thought-record': { text: thoughtRecordText, title: thoughtRecordTitle },
	'quick-thought-record': { text: quickRecordText, title: quickRecordTitle },
	'activity-log': { text: activityText, title: activityTitle },
	'activity-plan': { text: activityText, title: activityTitle },
	'exposure-ladder': { text: ladderText, title: ladderTitle },
	'problem-solving': { text: problemText, title: problemTitle }
};

/** Every word of a worksheet, for searching. */
export const worksheetText = (row: Worksheet): string =>
	(describe[row.kind].text as (r: Worksheet) => string)(row);

/** The first line of what names a worksheet of `kind` (stored or a draft's fields), or '' when there is none. */
export function worksheetTitle(kind: Worksheet['kind'], fields: unknown): string {
	const entry = describe[kind];
	if (typeof fields !== 'object' || fields === null) return '';
	const title = (entry.title as (r: unknown) => unknown)(fields);
	return typeof title === 'string' ? (title.trim().split('\n')[0] ?? '') : '';
}

/**
 * The kind of worksheet a draft holds. A draft carries its `kind`; the first thought records' drafts did not, and
 * are told apart by shape (only a full record has a situation).
 */
export function draftKind(value: unknown): Worksheet['kind'] {
	const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	const kind = fields.kind;
	if (typeof kind === 'string' && Object.hasOwn(describe, kind)) return kind as Worksheet['kind'];
	return 'situation' in fields ? 'thought-record' : 'quick-thought-record';
}
