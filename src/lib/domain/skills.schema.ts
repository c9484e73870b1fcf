// Records of the coping-skills area: the practice log, per-skill preferences, thought-stopping plans and the
// push-button memory bank. Written through db/skills.ts, which loads these validators only when saving.

import { Day, Id, Instant, Timestamps } from './common';
import {
	BREATHING_MINUTES,
	BREATHING_PATTERN_IDS,
	BODY_SCAN_MINUTES,
	FOUR_SEVEN_EIGHT_BREATHS,
	GROUNDING_SENSES,
	PUSH_BUTTON_STEPS
} from './practice-steps';
import { DISTRESS_MAX, DISTRESS_MIN, SKILLS } from './skills';
import { msg } from './messages';
import { z } from './zod';

export const SkillId = z.enum(SKILLS);

const text = (max: number, code: 'skills.textTooLong' | 'skills.noteTooLong' = 'skills.textTooLong') =>
	z.string().check(z.maxLength(max, { error: msg(code) }));

/** Distress 0-10, or null when the person chose not to rate. */
export const Distress = z.nullable(
	z
		.int({ error: msg('skills.distress') })
		.check(
			z.gte(DISTRESS_MIN, { error: msg('skills.distress') }),
			z.lte(DISTRESS_MAX, { error: msg('skills.distress') })
		)
);

const practiceBase = {
	id: Id,
	/** The local day the practice began, for the log and summaries by date. */
	day: Day,
	startedAt: Instant,
	/** Time actually spent, pauses left out. Up to a day. */
	durationSeconds: z.int().check(z.gte(0), z.lte(86_400)),
	distressBefore: Distress,
	distressAfter: Distress,
	note: z._default(text(1000, 'skills.noteTooLong'), ''),
	...Timestamps.shape
};

const words = (max: number) => z._default(text(max), '');

export const ThoughtStoppingDetails = z.object({
	/** What the plan said when it was used, so the log still reads right after the plan changes. */
	thought: words(500),
	cue: words(200),
	replacement: words(500)
});

const feeling = words(1000);
export const PushButtonDetails = z.object({
	memoryId: z.nullable(Id),
	memoryTitle: words(100),
	feelings: z.object(
		Object.fromEntries(PUSH_BUTTON_STEPS.map((step) => [step, feeling])) as Record<
			(typeof PUSH_BUTTON_STEPS)[number],
			typeof feeling
		>
	),
	skippedUnpleasant: z.boolean()
});

export const BreathingDetails = z.object({
	pattern: z.enum(BREATHING_PATTERN_IDS),
	/** The length chosen for box and paced breathing (4-7-8 runs by count instead). */
	minutes: z.literal(BREATHING_MINUTES),
	/** The count of breaths chosen for 4-7-8 (Weil: 4, or 8 once practised). Absent on records from before it. */
	count: z.optional(z.literal(FOUR_SEVEN_EIGHT_BREATHS)),
	/** Whole breaths completed before the practice ended. */
	breaths: z.int().check(z.gte(0))
});

/** What the client noticed with each sense, in their own words (one field per sense). */
const noticed = words(500);
export const GroundingDetails = z.object(
	Object.fromEntries(GROUNDING_SENSES.map(([sense]) => [sense, noticed])) as Record<
		(typeof GROUNDING_SENSES)[number][0],
		typeof noticed
	>
);

export const BodyScanDetails = z.object({
	minutes: z.literal(BODY_SCAN_MINUTES),
	/** Regions reached before the practice ended. */
	stepsCompleted: z.int().check(z.gte(0))
});

export const SleepHygieneDetails = z.object({
	/** Checklist habits done, by habit id. */
	done: z.array(Id)
});

/** One practice of one skill, with distress before and after (CLINICAL.md, "Coping skills"). */
export const Practice = z.discriminatedUnion('skill', [
	z.object({ ...practiceBase, skill: z.literal('thought-stopping'), details: ThoughtStoppingDetails }),
	z.object({ ...practiceBase, skill: z.literal('push-button'), details: PushButtonDetails }),
	z.object({ ...practiceBase, skill: z.literal('breathing'), details: BreathingDetails }),
	z.object({ ...practiceBase, skill: z.literal('grounding'), details: GroundingDetails }),
	z.object({ ...practiceBase, skill: z.literal('body-scan'), details: BodyScanDetails }),
	z.object({ ...practiceBase, skill: z.literal('sleep-hygiene'), details: SleepHygieneDetails })
]);
export type Practice = z.infer<typeof Practice>;
export type PracticeInput = z.input<typeof Practice>;
export type PracticeOf<S extends Practice['skill']> = Extract<Practice, { skill: S }>;
export type DetailsOf<S extends Practice['skill']> = PracticeOf<S>['details'];

/** Per-skill choices: a favourite on the Skills screen, optional cues, the last length chosen. */
export const SkillPrefs = z.object({
	skill: SkillId,
	favourite: z._default(z.boolean(), false),
	/** A soft tone at each change of step. Off by default: it could embarrass someone in public. */
	sound: z._default(z.boolean(), false),
	/** A short vibration at each change of step, where the phone can. Off by default. */
	vibrate: z._default(z.boolean(), false),
	pattern: z.optional(BreathingDetails.shape.pattern),
	minutes: z.optional(z.int().check(z.gte(1), z.lte(60))),
	/** The last count of 4-7-8 breaths chosen. */
	count: z.optional(BreathingDetails.shape.count),
	...Timestamps.shape
});
export type SkillPrefs = z.infer<typeof SkillPrefs>;

/** A thought-stopping plan, prepared with the therapist: the thought (optional), the cue, the replacement. */
export const StopPlanInput = z.object({
	thought: z._default(text(500), ''),
	cue: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('stopPlan.cueMissing') }),
			z.maxLength(200, { error: msg('stopPlan.cueTooLong') })
		),
	replacement: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('stopPlan.replacementMissing') }),
			z.maxLength(500, { error: msg('stopPlan.replacementTooLong') })
		)
});
export type StopPlanInput = z.input<typeof StopPlanInput>;
export const StopPlan = z.object({ id: Id, ...StopPlanInput.shape, ...Timestamps.shape });
export type StopPlan = z.infer<typeof StopPlan>;

/** A pleasant memory in the client's private bank, for the push-button technique. */
export const MemoryInput = z.object({
	title: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('memory.titleMissing') }),
			z.maxLength(100, { error: msg('memory.titleTooLong') })
		),
	details: z._default(text(2000), '')
});
export type MemoryInput = z.input<typeof MemoryInput>;
export const Memory = z.object({ id: Id, ...MemoryInput.shape, ...Timestamps.shape });
export type Memory = z.infer<typeof Memory>;
