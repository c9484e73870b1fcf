// Sleep hygiene: the habits a personal checklist can hold (shared/CLINICAL.md: regular wake time, bed for sleep
// only, caffeine and alcohol timing, screens, wind-down routine, leave bed if awake more than about 20 minutes).
// The client picks the ones that fit them and may add their own; words are in the skills catalogue.

import { addDays } from './zoned-time';

export const STANDARD_HABITS = [
	'regular-wake',
	'bed-for-sleep',
	'caffeine',
	'alcohol',
	'screens',
	'wind-down',
	'leave-bed'
] as const;
export type StandardHabit = (typeof STANDARD_HABITS)[number];

export function isStandardHabit(value: unknown): value is StandardHabit {
	return typeof value === 'string' && (STANDARD_HABITS as readonly string[]).includes(value);
}

/** Before this hour, ticking the checklist still counts for the night before (the one just slept). */
export const NIGHT_ENDS_AT_HOUR = 12;

/** The night a checklist belongs to, named by the evening it began: 01:00 on the 23rd is the night of the 22nd. */
export function nightOf(day: string, hour: number): string {
	return hour < NIGHT_ENDS_AT_HOUR ? addDays(day, -1) : day;
}
