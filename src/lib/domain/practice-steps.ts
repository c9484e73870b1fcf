// The steps of each guided practice, as shared/CLINICAL.md ("Coping skills") describes the techniques.

import type { TimedStep } from './timeline';

// Paced breathing. Box breathing (4-4-4-4) is breathe in, hold, breathe out, hold, four counts each; 4-7-8 is
// in for 4, hold for 7, out for 8 (Weil's relaxing breath). Both are from CLINICAL.md's mindfulness list.
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
	]
} as const satisfies Record<string, readonly (readonly [BreathPhase, number])[]>;
export type BreathingPattern = keyof typeof BREATHING_PATTERNS;
export const BREATHING_PATTERN_IDS = ['box', '4-7-8'] as const satisfies readonly BreathingPattern[];

/**
 * Lengths offered, in minutes. Not yet what Weil asks of 4-7-8 (no more than four breaths at a time in the first
 * month, eight at most later; CLINICAL.md, expert review of 2 December 2026): offering it as a count of breaths
 * is still to do.
 */
export const BREATHING_MINUTES = [1, 2, 3, 5] as const;

export const breathSeconds = (pattern: BreathingPattern) =>
	BREATHING_PATTERNS[pattern].reduce((sum, [, seconds]) => sum + seconds, 0);

/** How many whole breaths fit the chosen length most closely (at least one). */
export const breathCount = (pattern: BreathingPattern, minutes: number) =>
	Math.max(1, Math.round((minutes * 60) / breathSeconds(pattern)));

/** Every phase of every breath, in order. A breath is never cut short: the length is rounded to whole breaths. */
export function breathingSteps(pattern: BreathingPattern, minutes: number): TimedStep<BreathPhase>[] {
	const steps: TimedStep<BreathPhase>[] = [];
	for (let round = 1; round <= breathCount(pattern, minutes); round++)
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
