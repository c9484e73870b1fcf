// Problem solving (the steps of problem-solving therapy, D'Zurilla and Nezu, as CBT worksheets use them): define
// the problem and what would be different if it were solved, brainstorm options without judging them, weigh the
// pros and cons of each, choose, plan the steps, and come back later to review how it went.

import { Day } from '../common';
import { msg } from '../messages';
import { z } from '../zod';
import { WORKSHEET_TEXT_MAX, worksheetBase } from './base';

/** The steps, in order; the summary comes after the last. */
export const PROBLEM_SOLVING_STEPS = ['problem', 'options', 'weigh', 'choose', 'plan', 'review'] as const;
export type ProblemSolvingStep = (typeof PROBLEM_SOLVING_STEPS)[number];
export const PROBLEM_STEP_COUNT = PROBLEM_SOLVING_STEPS.length;
export const PROBLEM_SUMMARY_STEP = PROBLEM_STEP_COUNT + 1;
/** The step a worksheet reopens at once its plan is made: looking back on how it went. */
export const REVIEW_STEP = PROBLEM_SOLVING_STEPS.indexOf('review') + 1;

export const OPTIONS_MAX = 20;
export const PLAN_STEPS_MAX = 20;
export const OPTION_MAX = 300;

/** How it went, when the client looks back: plainly, with no grade. */
export const OUTCOMES = ['solved', 'better', 'not-yet'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const text = (max = WORKSHEET_TEXT_MAX) =>
	z._default(z.string().check(z.maxLength(max, { error: msg('worksheet.textTooLong') })), '');

const line = z
	.string()
	.check(
		z.trim(),
		z.minLength(1, { error: msg('problem.lineMissing') }),
		z.maxLength(OPTION_MAX, { error: msg('problem.lineTooLong') })
	);

export const ProblemOption = z.object({
	id: z.string().check(z.minLength(1)),
	text: line,
	pros: text(),
	cons: text()
});
export type ProblemOption = z.infer<typeof ProblemOption>;

export const PlanStep = z.object({
	id: z.string().check(z.minLength(1)),
	text: line,
	done: z._default(z.boolean(), false)
});
export type PlanStep = z.infer<typeof PlanStep>;

export const problemFields = {
	/** The problem, specifically: what happens, when, who is involved. */
	problem: text(),
	/** What would be different if it were solved. */
	goal: text(),
	options: z._default(
		z.array(ProblemOption).check(z.maxLength(OPTIONS_MAX, { error: msg('worksheet.tooMany') })),
		() => []
	),
	/** The option chosen (its id), or none yet. */
	chosen: z._default(z.nullable(z.string()), null),
	plan: z._default(
		z.array(PlanStep).check(z.maxLength(PLAN_STEPS_MAX, { error: msg('worksheet.tooMany') })),
		() => []
	),
	/** The day the client means to look back on how it went. */
	reviewOn: z._default(z.nullable(Day), null),
	review: text(),
	outcome: z._default(z.nullable(z.enum(OUTCOMES, { error: msg('invalid') })), null),
	/** The furthest step reached (PROBLEM_SUMMARY_STEP: the summary was seen). */
	reached: z._default(z.int().check(z.gte(1), z.lte(PROBLEM_SUMMARY_STEP)), 1)
};

/** The chosen option is one of the options. */
const choiceKnown = (r: { chosen: string | null; options: readonly { id: string }[] }) =>
	r.chosen === null || r.options.some((o) => o.id === r.chosen);

export const ProblemSolvingFields = z
	.object(problemFields)
	.check(z.refine(choiceKnown, { error: msg('problem.noChoice'), path: ['chosen'] }));
export type ProblemSolvingFields = z.infer<typeof ProblemSolvingFields>;
export const ProblemSolving = z
	.object({ ...worksheetBase('problem-solving'), ...problemFields })
	.check(z.refine(choiceKnown, { error: msg('problem.noChoice'), path: ['chosen'] }));
export type ProblemSolving = z.infer<typeof ProblemSolving>;

export const emptyProblemSolving = (): ProblemSolvingFields => ({
	problem: '',
	goal: '',
	options: [],
	chosen: null,
	plan: [],
	reviewOn: null,
	review: '',
	outcome: null,
	reached: 1
});

/**
 * What keeps the client on step `step` (1-based) before going on, as a message code, or undefined. Weighing is
 * never required, and the review waits for later.
 */
export function problemStepIssue(r: ProblemSolvingFields, step: number) {
	const name = PROBLEM_SOLVING_STEPS[step - 1];
	if (name === 'problem' && !r.problem.trim()) return msg('problem.missing');
	if (name === 'options' && !r.options.some((o) => o.text.trim())) return msg('problem.noOptions');
	if (name === 'choose' && (r.chosen === null || !choiceKnown(r))) return msg('problem.noChoice');
	if (name === 'plan' && !r.plan.some((s) => s.text.trim())) return msg('problem.noPlan');
	return undefined;
}

/** The chosen option, if there is one. */
export const chosenOption = (
	r: Pick<ProblemSolvingFields, 'chosen' | 'options'>
): ProblemOption | undefined => r.options.find((o) => o.id === r.chosen);

/** How far the plan has come: steps done of all steps. */
export const planProgress = (plan: readonly PlanStep[]): { done: number; total: number } => ({
	done: plan.filter((s) => s.done).length,
	total: plan.length
});

/** A worksheet whose plan is made but not yet looked back on, once its review day (if any) has come. */
export const reviewDue = (r: Pick<ProblemSolvingFields, 'outcome' | 'reviewOn'>, today: string): boolean =>
	r.outcome === null && (r.reviewOn === null || r.reviewOn <= today);

/** Where a stored worksheet reopens: at the review until it has an outcome, then at the summary. */
export const reopenStep = (r: ProblemSolvingFields): number =>
	r.outcome === null ? REVIEW_STEP : PROBLEM_SUMMARY_STEP;

/** All the words of a problem-solving worksheet, for searching. */
export const problemText = (r: ProblemSolvingFields): string =>
	[
		r.problem,
		r.goal,
		...r.options.flatMap((o) => [o.text, o.pros, o.cons]),
		...r.plan.map((s) => s.text),
		r.review
	].join('\n');

/** What it is listed by: the problem. Takes a half-written draft too. */
export const problemTitle = (r: Partial<ProblemSolvingFields>): unknown => r.problem;
