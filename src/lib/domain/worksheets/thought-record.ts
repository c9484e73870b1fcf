// The thought record (Greenberger & Padesky, Mind Over Mood; CLINICAL.md): seven columns, one step each, and a
// quick record for the moment itself (thought, distortions, challenge, alternative) that can grow into a full one.

import { Id, type Instant } from '../common';
import { msg, type MessageCode } from '../messages';
import { containsFolded } from '../text-compare';
import { z } from '../zod';
import { WORKSHEET_TEXT_MAX, worksheetBase } from './base';

/** The seven columns, in order; the summary follows them. */
export const THOUGHT_RECORD_STEPS = [
	'situation',
	'moods',
	'thoughts',
	'evidenceFor',
	'evidenceAgainst',
	'balanced',
	'rerate'
] as const;
export type ThoughtRecordStep = (typeof THOUGHT_RECORD_STEPS)[number];

export const MOOD_NAME_MAX = 60;
export const MAX_MOODS = 12;
export const MAX_THOUGHTS = 20;

const text = () =>
	z._default(z.string().check(z.maxLength(WORKSHEET_TEXT_MAX, { error: msg('worksheet.textTooLong') })), '');
/** A rating from 0 to 100, as Mind Over Mood rates moods and belief. */
const percent = z
	.int()
	.check(z.gte(0, { error: msg('worksheet.percent') }), z.lte(100, { error: msg('worksheet.percent') }));

export const MoodRating = z.object({
	name: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('worksheet.moodName') }),
			z.maxLength(MOOD_NAME_MAX, { error: msg('worksheet.moodNameTooLong') })
		),
	before: percent,
	/** Step 7's re-rating; null until the client gives it. */
	after: z._default(z.nullable(percent), null)
});
export type MoodRating = z.infer<typeof MoodRating>;

export const AutomaticThought = z.object({
	text: text(),
	hot: z._default(z.boolean(), false),
	/** Standard distortion ids or the ids of the client's own (distortions.ts). */
	distortions: z._default(z.array(z.string()), () => [])
});
export type AutomaticThought = z.infer<typeof AutomaticThought>;

/** What the client writes in a full record: everything but the record's id, kind and dates. */
export const thoughtRecordFields = {
	situation: text(),
	moods: z._default(
		z.array(MoodRating).check(z.maxLength(MAX_MOODS, { error: msg('worksheet.tooManyMoods') })),
		() => []
	),
	thoughts: z._default(
		z.array(AutomaticThought).check(z.maxLength(MAX_THOUGHTS, { error: msg('worksheet.tooManyThoughts') })),
		() => []
	),
	evidenceFor: text(),
	evidenceAgainst: text(),
	balancedThought: text(),
	balancedBelief: z._default(z.nullable(percent), null),
	/** The step the client was on (0-6), or 7 for the summary, so the record reopens where they left it. */
	step: z._default(z.int().check(z.gte(0), z.lte(THOUGHT_RECORD_STEPS.length)), 0),
	/** The quick record this one grew from, if any. */
	expandedFrom: z._default(z.nullable(Id), null)
};

const oneHotThought = () =>
	z.refine<{ thoughts: AutomaticThought[] }>((record) => record.thoughts.filter((t) => t.hot).length <= 1, {
		error: msg('worksheet.oneHotThought'),
		path: ['thoughts']
	});

export const ThoughtRecordInput = z.object(thoughtRecordFields).check(oneHotThought());
export type ThoughtRecordInput = z.infer<typeof ThoughtRecordInput>;

export const ThoughtRecord = z
	.object({ ...worksheetBase('thought-record'), ...thoughtRecordFields })
	.check(oneHotThought());
export type ThoughtRecord = z.infer<typeof ThoughtRecord>;

export const quickThoughtRecordFields = {
	thought: text(),
	distortions: z._default(z.array(z.string()), () => []),
	challenge: text(),
	alternative: text(),
	/** The full record it grew into; it stays listed as its own record too. */
	expandedTo: z._default(z.nullable(Id), null)
};
export const QuickThoughtRecordInput = z.object(quickThoughtRecordFields);
export type QuickThoughtRecordInput = z.infer<typeof QuickThoughtRecordInput>;

export const QuickThoughtRecord = z.object({
	...worksheetBase('quick-thought-record'),
	...quickThoughtRecordFields
});
export type QuickThoughtRecord = z.infer<typeof QuickThoughtRecord>;

export const emptyThoughtRecord = (): ThoughtRecordInput => ({
	situation: '',
	moods: [],
	thoughts: [],
	evidenceFor: '',
	evidenceAgainst: '',
	balancedThought: '',
	balancedBelief: null,
	step: 0,
	expandedFrom: null
});

export const emptyQuickRecord = (): QuickThoughtRecordInput => ({
	thought: '',
	distortions: [],
	challenge: '',
	alternative: '',
	expandedTo: null
});

/** The hot thought: the one marked, or the only one written when none is. */
export function hotThought(record: Pick<ThoughtRecordInput, 'thoughts'>): AutomaticThought | undefined {
	const written = record.thoughts.filter((t) => t.text.trim() !== '');
	return written.find((t) => t.hot) ?? (written.length === 1 ? written[0] : undefined);
}

/** Marks thought `index` as the hot one (and no other). */
export const markHot = (thoughts: readonly AutomaticThought[], index: number): AutomaticThought[] =>
	thoughts.map((thought, i) => ({ ...thought, hot: i === index }));

/** What a step still needs before the record can be finished, as message codes (empty when it is complete). */
export function stepIssues(record: ThoughtRecordInput, step: ThoughtRecordStep): MessageCode[] {
	switch (step) {
		case 'situation':
			return record.situation.trim() ? [] : ['worksheet.situationMissing'];
		case 'moods':
			return record.moods.length ? [] : ['worksheet.moodMissing'];
		case 'thoughts':
			if (!record.thoughts.some((t) => t.text.trim())) return ['worksheet.thoughtMissing'];
			return hotThought(record) ? [] : ['worksheet.hotThoughtMissing'];
		case 'balanced':
			return record.balancedThought.trim() ? [] : ['worksheet.balancedMissing'];
		case 'rerate':
			return record.moods.every((mood) => mood.after !== null) ? [] : ['worksheet.rerateMissing'];
		default:
			// The evidence may honestly be empty: finding none is part of the work.
			return [];
	}
}

/** Every step's issues, in order, for the summary: the first unfinished step is where "Finish" sends them. */
export function recordIssues(record: ThoughtRecordInput): { step: ThoughtRecordStep; code: MessageCode }[] {
	return THOUGHT_RECORD_STEPS.flatMap((step) => stepIssues(record, step).map((code) => ({ step, code })));
}

/** How each mood changed from step 2 to step 7, in points (after minus before); unrated moods are left out. */
export function moodChanges(
	record: Pick<ThoughtRecordInput, 'moods'>
): { name: string; before: number; after: number; change: number }[] {
	return record.moods.flatMap((mood) =>
		mood.after === null ? [] : [{ ...mood, after: mood.after, change: mood.after - mood.before }]
	);
}

/** A quick record grown into a full one: its thought as the hot thought, its challenge as evidence against. */
export function expandQuickRecord(quick: QuickThoughtRecord): ThoughtRecordInput {
	return {
		...emptyThoughtRecord(),
		thoughts: quick.thought.trim()
			? [{ text: quick.thought, hot: true, distortions: [...quick.distortions] }]
			: [],
		evidenceAgainst: quick.challenge,
		balancedThought: quick.alternative,
		expandedFrom: quick.id
	};
}

/**
 * The dates of a save: a worksheet finished for the first time is completed now; one saved again after that
 * keeps its first completion date and records the edit.
 */
export function completionOnSave(
	existing: { completedAt: Instant | null; editedAt: Instant[] } | undefined,
	finished: boolean,
	now: Instant
): { completedAt: Instant | null; editedAt: Instant[] } {
	const completedAt = existing?.completedAt ?? (finished ? now : null);
	const editedAt = existing?.editedAt ?? [];
	return { completedAt, editedAt: existing?.completedAt ? [...editedAt, now] : editedAt };
}

/** Everything a thought record says, for search. */
export function thoughtRecordText(record: ThoughtRecordInput | QuickThoughtRecordInput): string {
	if ('thought' in record) return [record.thought, record.challenge, record.alternative].join('\n');
	return [
		record.situation,
		...record.moods.map((mood) => mood.name),
		...record.thoughts.map((thought) => thought.text),
		record.evidenceFor,
		record.evidenceAgainst,
		record.balancedThought
	].join('\n');
}

/** Whether a record holds `query`, without regard to case or accents. */
export const recordMatches = (record: ThoughtRecordInput | QuickThoughtRecordInput, query: string) =>
	containsFolded(thoughtRecordText(record), query);
