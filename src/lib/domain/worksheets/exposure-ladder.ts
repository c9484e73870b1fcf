// The exposure ladder (fear hierarchy; CLINICAL.md, "Exposure ladder"): feared situations, each with the distress
// the client expects (SUDS 0-100), ranked from the easiest up; each practice (exposure) of a step logs SUDS before,
// at the peak and after, and how long it lasted. A step can be marked mastered; the ladder shows how far up the
// client has come, and each step how its peak came down.

import { Day } from '../common';
import { msg } from '../messages';
import { z } from '../zod';
import { WORKSHEET_TEXT_MAX, worksheetBase } from './base';

export const SUDS_MAX = 100;
export const STEPS_MAX = 20;
export const EXPOSURES_MAX = 100;
export const SITUATION_MAX = 300;
/** The longest practice a client logs, in minutes: a whole day. */
export const MINUTES_MAX = 24 * 60;

/** Subjective units of distress, whole numbers 0-100. */
export const Suds = z
	.int({ error: msg('ladder.suds') })
	.check(z.gte(0, { error: msg('ladder.suds') }), z.lte(SUDS_MAX, { error: msg('ladder.suds') }));

export const Exposure = z
	.object({
		id: z.string().check(z.minLength(1)),
		day: Day,
		before: Suds,
		peak: Suds,
		after: Suds,
		minutes: z
			.int({ error: msg('ladder.minutes') })
			.check(
				z.gte(0, { error: msg('ladder.minutes') }),
				z.lte(MINUTES_MAX, { error: msg('ladder.minutes') })
			),
		noticed: z._default(
			z.string().check(z.maxLength(WORKSHEET_TEXT_MAX, { error: msg('worksheet.textTooLong') })),
			''
		)
	})
	// The peak is the highest the distress went: never below where it started or ended.
	.check(
		z.refine((e) => e.peak >= e.before && e.peak >= e.after, {
			error: msg('ladder.peakLow'),
			path: ['peak']
		})
	);
export type Exposure = z.infer<typeof Exposure>;

export const LadderStep = z.object({
	id: z.string().check(z.minLength(1)),
	situation: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('ladder.situationMissing') }),
			z.maxLength(SITUATION_MAX, { error: msg('ladder.situationTooLong') })
		),
	/** The distress the client expects before trying it. */
	expected: Suds,
	mastered: z._default(z.boolean(), false),
	exposures: z._default(
		z.array(Exposure).check(z.maxLength(EXPOSURES_MAX, { error: msg('worksheet.tooMany') })),
		() => []
	)
});
export type LadderStep = z.infer<typeof LadderStep>;

export const ladderFields = {
	/** What the ladder climbs towards, in the client's words ("Take the bus to work"). */
	goal: z._default(
		z.string().check(z.maxLength(SITUATION_MAX, { error: msg('ladder.situationTooLong') })),
		''
	),
	steps: z._default(
		z.array(LadderStep).check(z.maxLength(STEPS_MAX, { error: msg('worksheet.tooMany') })),
		() => []
	)
};
export const ExposureLadderFields = z.object(ladderFields);
export type ExposureLadderFields = z.infer<typeof ExposureLadderFields>;
export const ExposureLadder = z.object({ ...worksheetBase('exposure-ladder'), ...ladderFields });
export type ExposureLadder = z.infer<typeof ExposureLadder>;

export const emptyLadder = (): ExposureLadderFields => ({ goal: '', steps: [] });

/** The steps ranked as a ladder: the least expected distress first; equal ones in the order they were added. */
export const ranked = (steps: readonly LadderStep[]): LadderStep[] =>
	steps
		.map((step, index) => ({ step, index }))
		.sort((a, b) => a.step.expected - b.step.expected || a.index - b.index)
		.map(({ step }) => step);

/** How far up the ladder the client has come: steps mastered of all steps. */
export const ladderProgress = (steps: readonly LadderStep[]): { mastered: number; total: number } => ({
	mastered: steps.filter((step) => step.mastered).length,
	total: steps.length
});

/** How a step's peak distress went over its practices, first to latest (by day, then as logged). */
export interface PeakTrend {
	practices: number;
	first: number;
	latest: number;
	/** first - latest: positive when the peak came down. */
	fall: number;
}

export function peakTrend(step: Pick<LadderStep, 'exposures'>): PeakTrend | null {
	if (step.exposures.length === 0) return null;
	const inOrder = step.exposures
		.map((exposure, index) => ({ exposure, index }))
		.sort((a, b) => a.exposure.day.localeCompare(b.exposure.day) || a.index - b.index)
		.map(({ exposure }) => exposure);
	const first = inOrder[0]!.peak;
	const latest = inOrder.at(-1)!.peak;
	return { practices: inOrder.length, first, latest, fall: first - latest };
}

/** All the words of a ladder, for searching. */
export const ladderText = (r: ExposureLadderFields): string =>
	[r.goal, ...r.steps.flatMap((step) => [step.situation, ...step.exposures.map((e) => e.noticed)])].join(
		'\n'
	);

/** What a ladder is listed by: its goal, else its hardest step. Takes a half-written draft too. */
export const ladderTitle = (r: Partial<ExposureLadderFields>): unknown =>
	r.goal?.trim?.() ? r.goal : Array.isArray(r.steps) ? ranked(r.steps).at(-1)?.situation : undefined;
