// After a hard moment, a gentle next step rather than the good day's "thank you": a check-in with mood at 0-2 of
// 10, or a PHQ-9 or GAD-7 in its severe band (PHQ-9 20-27, GAD-7 15-21; shared/CLINICAL.md). It suggests a
// skill that has helped this client before, by their own before-and-after ratings, else a slow breathing
// exercise, and always telling their therapist and Help now. Never an alarm: item 9 has its own panel.
// What counts as a hard moment is in hard-moment.ts, small enough for the check-in screen's first load.

import { whatHasHelped, type RatedPractice } from './practice-summary';
import type { SkillId } from './skills';

/** The skill to suggest, with whether the client's own log says it has helped them. */
export interface SuggestedSkill {
	skill: SkillId;
	helpedBefore: boolean;
}

/** Slow breathing: short, needs nothing, and safe to suggest to anyone (CLINICAL.md, "Breathing"). */
export const DEFAULT_SKILL: SkillId = 'breathing';

/** The skill that has helped most by the client's own ratings (enough of them), else slow breathing. */
export function suggestedSkill(practices: readonly RatedPractice[]): SuggestedSkill {
	const best = whatHasHelped(practices).helped.find((help) => help.meanDrop > 0);
	return best ? { skill: best.skill, helpedBefore: true } : { skill: DEFAULT_SKILL, helpedBefore: false };
}
