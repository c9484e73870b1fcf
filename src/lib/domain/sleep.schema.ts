// Records of the sleep skill: the client's own checklist of habits, each night's ticks, and the Consensus
// Sleep Diary (Carney et al. 2012). Written through db/sleep.ts, which loads these validators only when saving.

import { Day, Id, Timestamps } from './common';
import { checkSleepDiary, MAX_AWAKENINGS, MAX_MINUTES, SLEEP_QUALITIES } from './sleep-diary';
import { STANDARD_HABITS } from './sleep-hygiene';
import { isTimeZone, minuteOfDay } from './zoned-time';
import { z } from './zod';

/** A habit in the client's checklist: one of the standard ones, or their own words. */
export const SleepHabit = z
	.object({
		id: Id,
		standard: z.nullable(z.enum(STANDARD_HABITS)),
		/** The client's own wording; empty for a standard habit, whose words come from the catalogue. */
		label: z._default(
			z.string().check(z.trim(), z.maxLength(120, { error: 'Keep the habit under 120 characters.' })),
			''
		),
		order: z.int().check(z.nonnegative()),
		...Timestamps.shape
	})
	.check(
		z.refine((habit) => habit.standard !== null || habit.label.length > 0, {
			error: 'Write the habit in your own words.',
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

const clock = (missing: string) =>
	z.string().check(
		z.minLength(1, { error: missing }),
		z.refine((value) => value === '' || minuteOfDay(value) !== null, {
			error: 'Use a time written as HH:MM, like 23:15.'
		})
	);
const count = (max: number, missing: string) =>
	z
		.int({ error: missing })
		.check(
			z.gte(0, { error: 'Use a whole number, 0 or more.' }),
			z.lte(max, { error: `That is more than ${max}. Check the number.` })
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
		timeZone: z.string().check(z.refine(isTimeZone, { error: 'This diary has no valid time zone.' })),
		inBed: clock('Add the time you got into bed.'),
		triedToSleep: clock('Add the time you tried to go to sleep.'),
		solMinutes: count(MAX_MINUTES, 'Add how many minutes it took to fall asleep (0 if straight away).'),
		awakenings: count(MAX_AWAKENINGS, 'Add how many times you woke in the night (0 if none).'),
		wasoMinutes: count(MAX_MINUTES, 'Add how many minutes you were awake in the night (0 if none).'),
		finalAwakening: clock('Add the time you woke for the last time.'),
		outOfBed: clock('Add the time you got out of bed.'),
		quality: z._default(z.nullable(z.enum(SLEEP_QUALITIES)), null),
		comments: z._default(
			z.string().check(z.maxLength(1000, { error: 'Keep the comments under 1000 characters.' })),
			''
		),
		...Timestamps.shape
	})
	.check(
		z.superRefine((diary, ctx) => {
			const check = checkSleepDiary(diary);
			if (check.ok) return;
			for (const problem of check.problems)
				ctx.issues.push({ code: 'custom', message: problem.message, path: [problem.field], input: diary });
		})
	);
export type SleepDiary = z.infer<typeof SleepDiary>;
export type SleepDiaryInput = z.input<typeof SleepDiary>;
