// The thought record (Greenberger & Padesky, Mind Over Mood; CLINICAL.md, "Thought record"): seven columns, one
// step each, and the quick record (thought, distortions, challenge, alternative) for the moment itself, which can
// be expanded into the full record later with everything carried over.

import { msg } from '../messages';
import { z } from '../zod';
import { DistortionRef } from './distortions';
import { WORKSHEET_TEXT_MAX, worksheetBase } from './base';

/** The seven columns, in order; the summary comes after the last. */
export const THOUGHT_RECORD_STEPS = [
	'situation',
	'moods',
	'thoughts',
	'evidence-for',
	'evidence-against',
	'balanced',
	'rerate'
] as const;
export type ThoughtRecordStep = (typeof THOUGHT_RECORD_STEPS)[number];
export const STEP_COUNT = THOUGHT_RECORD_STEPS.length;

/** Common moods offered as a start (the client can name their own). Words in the catalogue, by id. */
export const COMMON_MOODS = [
	'sad',
	'anxious',
	'angry',
	'ashamed',
	'guilty',
	'hurt',
	'lonely',
	'frustrated',
	'scared',
	'hopeless'
] as const;

export const RATING_MIN = 0;
export const RATING_MAX = 100;
export const MOODS_MAX = 20;
export const THOUGHTS_MAX = 30;
export const MOOD_NAME_MAX = 60;

const text = (max = WORKSHEET_TEXT_MAX) =>
	z._default(z.string().check(z.maxLength(max, { error: msg('worksheet.textTooLong') })), '');

/** A rating 0-100, whole numbers. */
export const Rating = z
	.int({ error: msg('worksheet.rating') })
	.check(
		z.gte(RATING_MIN, { error: msg('worksheet.rating') }),
		z.lte(RATING_MAX, { error: msg('worksheet.rating') })
	);

export const Mood = z.object({
	name: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('worksheet.moodNameMissing') }),
			z.maxLength(MOOD_NAME_MAX, { error: msg('worksheet.moodNameTooLong') })
		),
	before: Rating,
	/** The re-rating at step 7; null until then (or if the client leaves it). */
	after: z._default(z.nullable(Rating), null)
});
export type Mood = z.infer<typeof Mood>;

export const Thought = z.object({
	text: z.string().check(z.maxLength(WORKSHEET_TEXT_MAX, { error: msg('worksheet.textTooLong') })),
	hot: z._default(z.boolean(), false),
	distortions: z._default(z.array(DistortionRef), () => [])
});
export type Thought = z.infer<typeof Thought>;

/** The fields a client writes in a full record (what a draft holds and the steps edit). */
export const thoughtRecordFields = {
	situation: text(),
	moods: z._default(
		z.array(Mood).check(z.maxLength(MOODS_MAX, { error: msg('worksheet.tooMany') })),
		() => []
	),
	thoughts: z._default(
		z.array(Thought).check(z.maxLength(THOUGHTS_MAX, { error: msg('worksheet.tooMany') })),
		() => []
	),
	evidenceFor: text(),
	evidenceAgainst: text(),
	balancedThought: text(),
	/** How much the client believes the balanced thought, 0-100; null until rated. */
	balancedBelief: z._default(z.nullable(Rating), null),
	/** The furthest step reached, 1-7 (8: the summary was seen), so a reopened record knows where it was. */
	reached: z._default(z.int().check(z.gte(1), z.lte(STEP_COUNT + 1)), 1),
	/** The quick record this one was expanded from, if any. */
	expandedFrom: z._default(z.nullable(z.string()), null)
};

/** Exactly one hot thought once past step 3 (the thoughts step), among thoughts that have words. */
export const hotThoughtIssue = (value: { thoughts: readonly Thought[]; reached: number }) =>
	value.reached > 3 && value.thoughts.filter((t) => t.hot).length !== 1;

export const ThoughtRecordFields = z.object(thoughtRecordFields).check(
	z.refine((value) => !hotThoughtIssue(value), {
		error: msg('worksheet.oneHotThought'),
		path: ['thoughts']
	})
);
export type ThoughtRecordFields = z.infer<typeof ThoughtRecordFields>;

export const ThoughtRecord = z.object({ ...worksheetBase('thought-record'), ...thoughtRecordFields }).check(
	z.refine((value) => !hotThoughtIssue(value), {
		error: msg('worksheet.oneHotThought'),
		path: ['thoughts']
	})
);
export type ThoughtRecord = z.infer<typeof ThoughtRecord>;

/** The quick record's fields. */
export const quickThoughtRecordFields = {
	thought: text(),
	distortions: z._default(z.array(DistortionRef), () => []),
	challenge: text(),
	alternative: text()
};
export const QuickThoughtRecordFields = z.object(quickThoughtRecordFields);
export type QuickThoughtRecordFields = z.infer<typeof QuickThoughtRecordFields>;

export const QuickThoughtRecord = z.object({
	...worksheetBase('quick-thought-record'),
	...quickThoughtRecordFields
});
export type QuickThoughtRecord = z.infer<typeof QuickThoughtRecord>;

/** An empty full record's fields, as a new draft starts. */
export const emptyThoughtRecord = (): ThoughtRecordFields => ({
	situation: '',
	moods: [],
	thoughts: [],
	evidenceFor: '',
	evidenceAgainst: '',
	balancedThought: '',
	balancedBelief: null,
	reached: 1,
	expandedFrom: null
});

export const emptyQuickThoughtRecord = (): QuickThoughtRecordFields => ({
	thought: '',
	distortions: [],
	challenge: '',
	alternative: ''
});

/**
 * A quick record carried into a full one: its thought becomes the hot thought (with its distortions), its
 * challenge the evidence against it, its alternative the balanced thought. Nothing written is left behind;
 * the situation, moods and ratings are for the client to add.
 */
export function expandQuickRecord(quick: QuickThoughtRecordFields & { id?: string }): ThoughtRecordFields {
	const hasThought = quick.thought.trim() !== '' || quick.distortions.length > 0;
	return {
		...emptyThoughtRecord(),
		thoughts: hasThought ? [{ text: quick.thought, hot: true, distortions: [...quick.distortions] }] : [],
		evidenceAgainst: quick.challenge,
		balancedThought: quick.alternative,
		expandedFrom: quick.id ?? null
	};
}

/** One mood's change between its first rating and its re-rating: negative when it eased. */
export interface MoodChange {
	name: string;
	before: number;
	after: number;
	change: number;
}

/** The change of every re-rated mood, in the record's order; moods not re-rated are left out. */
export function moodChanges(moods: readonly Mood[]): MoodChange[] {
	return moods.flatMap((mood) =>
		mood.after === null
			? []
			: [{ name: mood.name, before: mood.before, after: mood.after, change: mood.after - mood.before }]
	);
}

/** The hot thought's text, or undefined when none is marked. */
export const hotThought = (thoughts: readonly Thought[]): Thought | undefined => thoughts.find((t) => t.hot);

/** Marks the thought at `index` as the hot one, and no other. */
export const markHot = (thoughts: readonly Thought[], index: number): Thought[] =>
	thoughts.map((t, i) => ({ ...t, hot: i === index }));

/** What stops the client leaving `step` forward: only the thoughts step has a rule (one hot thought). */
export function stepIssue(fields: Pick<ThoughtRecordFields, 'thoughts'>, step: number) {
	if (step === 3 && fields.thoughts.filter((t) => t.hot).length !== 1) return msg('worksheet.oneHotThought');
	return undefined;
}

/** All the words of a record, for searching. */
export const thoughtRecordText = (r: ThoughtRecordFields): string =>
	[
		r.situation,
		...r.moods.map((m) => m.name),
		...r.thoughts.map((t) => t.text),
		r.evidenceFor,
		r.evidenceAgainst,
		r.balancedThought
	].join('\n');

export const quickRecordText = (r: QuickThoughtRecordFields): string =>
	[r.thought, r.challenge, r.alternative].join('\n');

/** What a full record is listed by: its hot thought, else its situation. Takes a half-written draft too. */
export const thoughtRecordTitle = (r: Partial<ThoughtRecordFields>): unknown =>
	r.thoughts?.find?.((t) => t?.hot)?.text ?? r.situation;

export const quickRecordTitle = (r: Partial<QuickThoughtRecordFields>): unknown => r.thought;
