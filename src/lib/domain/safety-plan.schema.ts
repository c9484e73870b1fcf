import { Day, Id, Instant } from './common';
import { isCalendarDay } from './time';
import { MAX_LINE_LENGTH, MAX_LINES, SAFETY_PLAN_ID } from './safety-plan';
import { msg } from './messages';
import { z } from './zod';

// Schemas for the safety plan as written (safety-plan.ts holds what renders it without a validator).

export { MAX_LINE_LENGTH, MAX_LINES };

/** One line in the client's own words. */
const Line = z.string().check(z.trim(), z.maxLength(MAX_LINE_LENGTH, { error: msg('plan.lineTooLong') }));
const Lines = z.array(Line).check(z.maxLength(MAX_LINES, { error: msg('plan.tooManyLines') }));
const ContactIds = z.array(Id).check(z.maxLength(MAX_LINES, { error: msg('plan.tooManyPeople') }));

export const PlanContent = z.object({
	sections: z.object({
		warningSigns: Lines,
		copingStrategies: Lines,
		distractions: Lines,
		helpers: Lines,
		professionals: Lines,
		safeEnvironment: Lines,
		reasonsForLiving: Lines
	}),
	contacts: z.object({ distractions: ContactIds, helpers: ContactIds, professionals: ContactIds })
});
export type PlanContent = z.infer<typeof PlanContent>;

export const SafetyPlan = z.object({
	id: z.literal(SAFETY_PLAN_ID),
	...PlanContent.shape,
	reviewedOn: z._default(z.nullable(Day), null),
	reviewSnoozedUntil: z._default(z.nullable(Day), null),
	createdAt: Instant,
	updatedAt: Instant
});
export type SafetyPlan = z.infer<typeof SafetyPlan>;

export const SafetyPlanVersion = z.object({
	id: Id,
	...PlanContent.shape,
	reviewedOn: z._default(z.nullable(Day), null),
	createdAt: Instant,
	updatedAt: Instant
});
export type SafetyPlanVersion = z.infer<typeof SafetyPlanVersion>;

/** The day a review took place: a real day, and not one still to come (`today` is the client's local day). */
export const reviewDay = (today: string) =>
	z.string().check(
		z.refine(isCalendarDay, { error: msg('plan.reviewDay') }),
		z.refine((day) => day <= today, { error: msg('plan.reviewFuture') })
	);
