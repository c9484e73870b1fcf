// Records of the sleep skill: the client's own checklist of habits, each night's ticks, and the Consensus
// Sleep Diary (Carney et al. 2012). Written through db/sleep.ts, which loads these validators only when saving.

import { Day, Id, Timestamps } from './common';
import { checkSleepDiary, MAX_AWAKENINGS, MAX_MINUTES, SLEEP_QUALITIES } from './sleep-diary';
import { STANDARD_HABITS } from './sleep-hygiene';
import { isTimeZone, minuteOfDay } from './zoned-time';
import { msg, type MessageCode } from './messages';
import { z } from './zod';

/** A habit in the client's checklist: one of the standard ones, or their own words. */
export const SleepHabit = z
	.object({
		id: Id,
		standard: z.nullable(z.enum(STANDARD_HABITS)),
		/** The client's own wording; empty for a standard habit, whose words come from the catalogue. */
		label: z._default(z.string().check(z.trim(), z.maxLength(120, { error: msg('habit.tooLong') })), ''),
		order: z.int().check(z.nonnegative()),
		...Timestamps.shape
	})
	.check(
		z.refine((habit) => habit.standard !== null || habit.label.length > 0, {
			error: msg('habit.labelMissing'),
			path: ['label']
		})
	);
export type SleepHabit = z.infer<typeof SleepHabit>;

/** The habits ticked for one night, named by the evening it began (see nightOf). */
export const SleepCheck = z.object({
	night: Day,
	done: z.array(Id),
	...Timestamps.shape
});
export type SleepCheck = z.infer<typeof SleepCheck>;

const clock = (missing: MessageCode) =>
	z.string().check(
		z.minLength(1, { error: missing }),
		z.refine((value) => value === '' || minuteOfDay(value) !== null, {
			error: msg('sleep.timeFormat')
		})
	);
// Empty is "missing"; a number that is not whole (12.5) or below 0 says so, not that it is missing.
const count = (max: number, missing: MessageCode) =>
	z
		.number({ error: missing })
		.check(
			z.refine(Number.isInteger, { error: msg('sleep.wholeNumber') }),
			z.gte(0, { error: msg('sleep.wholeNumber') }),
			z.lte(max, { error: msg('sleep.tooMany') })
		);

/**
 * One night of the Consensus Sleep Diary, core items. Beyond each item's own shape, the night must be
 * possible: times in order within one night and total sleep time not below zero (CLINICAL.md), checked by
 * the same function the form uses while the person types.
 */
export const SleepDiary = z
	.object({
		id: Id,
		day: Day,
		timeZone: z.string().check(z.refine(isTimeZone, { error: msg('sleep.timeZone') })),
		inBed: clock('sleep.missing.inBed'),
		triedToSleep: clock('sleep.missing.triedToSleep'),
		solMinutes: count(MAX_MINUTES, 'sleep.missing.solMinutes'),
		awakenings: count(MAX_AWAKENINGS, 'sleep.missing.awakenings'),
		wasoMinutes: count(MAX_MINUTES, 'sleep.missing.wasoMinutes'),
		finalAwakening: clock('sleep.missing.finalAwakening'),
		outOfBed: clock('sleep.missing.outOfBed'),
		quality: z._default(z.nullable(z.enum(SLEEP_QUALITIES)), null),
		comments: z._default(z.string().check(z.maxLength(1000, { error: msg('sleep.commentsTooLong') })), ''),
		/**
		 * Saved on a later day than the morning it describes (`day`), the check-ins' rule (isFilledInLater): the
		 * Consensus Sleep Diary asks for it within an hour of getting up, so a night entered later is marked
		 * (CLINICAL.md). Set from the first save, so editing later does not mark it. Absent on nights stored
		 * before it was kept; not indexed, so no new schema version.
		 */
		filledInLater: z.optional(z.boolean()),
		...Timestamps.shape
	})
	.check(
		z.superRefine((diary, ctx) => {
			const check = checkSleepDiary(diary);
			if (check.ok) return;
			for (const problem of check.problems)
				ctx.issues.push({
					code: 'custom',
					message: problem.message.code,
					params: problem.message.values,
					path: [problem.field],
					input: diary
				});
		})
	);
export type SleepDiary = z.infer<typeof SleepDiary>;
export type SleepDiaryInput = z.input<typeof SleepDiary>;
