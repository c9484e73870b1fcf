import { emptyThoughtRecord, type ThoughtRecordFields } from '$lib/domain/worksheets/thought-record';

/** What a thought record's draft holds: its fields and the step on screen (8 is the summary). */
export type ThoughtRecordDraft = ThoughtRecordFields & { step: number };

/** The draft key of the worksheet `id`: one per record, new or being edited. */
export const worksheetDraftKey = (id: string) => `worksheet:${id}`;

export const SUMMARY_STEP = 8;

export const newThoughtRecordDraft = (fields?: ThoughtRecordFields): ThoughtRecordDraft => ({
	...(fields ?? emptyThoughtRecord()),
	step: fields && fields.reached > 1 ? Math.min(fields.reached, SUMMARY_STEP) : 1
});
