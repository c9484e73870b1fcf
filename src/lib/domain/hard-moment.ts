// What counts as a hard moment, after which the app offers a gentle next step (next-step.ts): a check-in with
// mood at 0-2 of 10, or a PHQ-9 or GAD-7 in its severe band (PHQ-9 20-27, GAD-7 15-21; shared/CLINICAL.md).

import type { Instrument, Severity } from './measures';

/** The highest mood (0-10) that counts as a hard moment. */
export const HARD_MOOD_MAX = 2;

export type Moment =
	{ kind: 'check-in'; mood: number } | { kind: 'measure'; instrument: Instrument; severity: Severity };

export const isHardMoment = (moment: Moment): boolean =>
	moment.kind === 'check-in' ? moment.mood <= HARD_MOOD_MAX : moment.severity === 'severe';
