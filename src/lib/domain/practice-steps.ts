// The steps of each guided practice, as shared/CLINICAL.md ("Coping skills") describes the techniques.

import type { TimedStep } from './timeline';

// Paced breathing, three patterns from CLINICAL.md's mindfulness list and its expert review of 2 December 2026:
// - box (4-4-4-4): breathe in, hold, breathe out, hold, four counts each;
// - 4-7-8, Weil's relaxing breath (A. Weil, "Breathing: The Master Key to Self Healing", 1999): in through the nose
//   for 4, hold for 7, out through the mouth for 8. Weil asks for no more than four breaths at a time in the first
//   month of practice, eight at most later, so it is offered as a count of breaths (4 or 8), never as minutes;
// - paced, in for 4 and out for 6 with no holds, for people for whom holding the breath is unwise (a lung or heart
//   condition, pregnancy; the lesson's advice). Ten seconds a breath is six a minute, within the slow breathing
//   below 10 a minute of the review the lesson cites (Zaccaro et al., Front Hum Neurosci 2018;12:353).
export const BREATH_PHASES = ['in', 'hold-in', 'out', 'hold-out'] as const;
export type BreathPhase = (typeof BREATH_PHASES)[number];

export const BREATHING_PATTERNS = {
	box: [
		['in', 4],
		['hold-in', 4],
		['out', 4],
		['hold-out', 4]
	],
	'4-7-8': [
		['in', 4],
		['hold-in', 7],
		['out', 8]
	],
	paced: [
		['in', 4],
		['out', 6]
	]
} as const satisfies Record<string, readonly (readonly [BreathPhase, number])[]>;
export type BreathingPattern = keyof typeof BREATHING_PATTERNS;
export const BREATHING_PATTERN_IDS = ['box', '4-7-8', 'paced'] as const satisfies readonly BreathingPattern[];

/** Lengths offered, in minutes, for the patterns chosen by length (box and paced). */
export const BREATHING_MINUTES = [1, 2, 3, 5] as const;

/** Weil's counts for 4-7-8: four breaths at a time to begin with, eight at most once practised. */
export const FOUR_SEVEN_EIGHT_BREATHS = [4, 8] as const;
export type FourSevenEightBreaths = (typeof FOUR_SEVEN_EIGHT_BREATHS)[number];

/** Whether a pattern is offered as a count of breaths (4-7-8) rather than a length in minutes. */
export const countsBreaths = (pattern: BreathingPattern) => pattern === '4-7-8';

/** The length chosen: minutes for box and paced breathing, a count of breaths for 4-7-8. */
export type BreathingLength = { minutes: number; count?: FourSevenEightBreaths };

export const breathSeconds = (pattern: BreathingPattern) =>
	BREATHING_PATTERNS[pattern].reduce((sum, [, seconds]) => sum + seconds, 0);

/**
 * How many whole breaths the practice runs: for 4-7-8 exactly the count chosen (four unless eight was chosen);
 * otherwise as many as fit the chosen minutes most closely (at least one).
 */
export const breathCount = (pattern: BreathingPattern, length: BreathingLength) =>
	countsBreaths(pattern)
		? (length.count ?? FOUR_SEVEN_EIGHT_BREATHS[0])
		: Math.max(1, Math.round((length.minutes * 60) / breathSeconds(pattern)));

/** Every phase of every breath, in order. A breath is never cut short: the length is rounded to whole breaths. */
export function breathingSteps(pattern: BreathingPattern, length: BreathingLength): TimedStep<BreathPhase>[] {
	const steps: TimedStep<BreathPhase>[] = [];
	for (let round = 1; round <= breathCount(pattern, length); round++)
		for (const [key, seconds] of BREATHING_PATTERNS[pattern]) steps.push({ key, seconds, round });
	return steps;
}

// A short body scan (Kabat-Zinn, Full Catastrophe Living, 1990): attention moves from the feet up to the head,
// then rests on the whole body. Each region gets an equal share of the chosen length.
export const BODY_SCAN_REGIONS = [
	'settle',
	'feet',
	'legs',
	'hips',
	'belly',
	'chest',
	'hands',
	'shoulders',
	'face',
	'whole'
] as const;
export type BodyRegion = (typeof BODY_SCAN_REGIONS)[number];
export const BODY_SCAN_MINUTES = [3, 5, 10] as const;

export function bodyScanSteps(minutes: number): TimedStep<BodyRegion>[] {
	const total = Math.round(minutes * 60);
	const base = Math.floor(total / BODY_SCAN_REGIONS.length);
	let extra = total - base * BODY_SCAN_REGIONS.length;
	// Seconds that do not divide evenly go to the first steps, so the whole lasts exactly the chosen length.
	return BODY_SCAN_REGIONS.map((key) => {
		const seconds = base + (extra > 0 ? 1 : 0);
		extra -= 1;
		return { key, seconds, round: 1 };
	});
}

// 5-4-3-2-1 grounding: five things you can see, four you can touch, three you can hear, two you can smell,
// one you can taste.
export const GROUNDING_SENSES = [
	['see', 5],
	['touch', 4],
	['hear', 3],
	['smell', 2],
	['taste', 1]
] as const;
export type Sense = (typeof GROUNDING_SENSES)[number][0];
export const GROUNDING_STEPS: readonly Sense[] = GROUNDING_SENSES.map(([sense]) => sense);
export const senseCount = (sense: Sense) => GROUNDING_SENSES.find(([s]) => s === sense)?.[1] ?? 0;

// Thought stopping: notice the unwanted thought, say "Stop" (with a cue if you have one), switch to the
// replacement prepared beforehand. The switch is the point: the skill is paired with a replacement, not
// suppression alone, because suppressing a thought can bring it back more often (ironic rebound, Wegner 1987).
export const THOUGHT_STOPPING_STEPS = ['notice', 'stop', 'switch'] as const;
export type ThoughtStoppingStep = (typeof THOUGHT_STOPPING_STEPS)[number];

// Push-button technique (Mosak): a pleasant memory, then an unpleasant one, then the pleasant one again,
// noticing how feelings change each time; the lesson is that feelings follow attention. The unpleasant step
// can always be skipped.
export const PUSH_BUTTON_STEPS = ['pleasant', 'unpleasant', 'pleasant-again', 'reflect'] as const;
export type PushButtonStep = (typeof PUSH_BUTTON_STEPS)[number];
export const SKIPPABLE_PUSH_BUTTON_STEP: PushButtonStep = 'unpleasant';
