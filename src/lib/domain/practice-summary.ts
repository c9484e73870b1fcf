// What the client's own practice log says about which skills help them: the change in distress from before
// to after each practice (0-10), as PTSD Coach reports it (mean 6.03 before, falling by 1.38 after a tool;
// PMC9006138; shared/CLINICAL.md).

import type { SkillId } from './skills';

/** The fields of a logged practice a summary needs. */
export interface RatedPractice {
	skill: SkillId;
	distressBefore: number | null;
	distressAfter: number | null;
}

/**
 * Practices rated before and after that a skill needs before we show its average. With five, one practice
 * that differs from the rest by five points moves the average by one point, less than the typical drop a tool
 * brings (1.38 in PTSD Coach); with fewer, a single unusual day could outweigh the very change we report,
 * and "this helps you" would rest on chance. Below it we say how many more are needed, never a number.
 */
export const ENOUGH_PRACTICES = 5;

export interface SkillHelp {
	skill: SkillId;
	/** Practices rated both before and after. */
	rated: number;
	meanBefore: number;
	meanAfter: number;
	/** Mean of (before - after): positive when distress fell. */
	meanDrop: number;
}

export interface HelpSummary {
	/** Skills with enough rated practices, the largest average drop first. */
	helped: SkillHelp[];
	/** Skills practised and rated, but not yet enough to say, with how many rated practices so far. */
	notYet: { skill: SkillId; rated: number }[];
}

/** Before minus after, or null when either rating was skipped. */
export function distressDrop(practice: RatedPractice): number | null {
	const { distressBefore: before, distressAfter: after } = practice;
	return before === null || after === null ? null : before - after;
}

export function whatHasHelped(
	practices: readonly RatedPractice[],
	enough: number = ENOUGH_PRACTICES
): HelpSummary {
	const bySkill = new Map<SkillId, { before: number; after: number; rated: number }>();
	for (const practice of practices) {
		if (distressDrop(practice) === null) continue;
		const sums = bySkill.get(practice.skill) ?? { before: 0, after: 0, rated: 0 };
		sums.before += practice.distressBefore as number;
		sums.after += practice.distressAfter as number;
		sums.rated += 1;
		bySkill.set(practice.skill, sums);
	}
	const helped: SkillHelp[] = [];
	const notYet: HelpSummary['notYet'] = [];
	for (const [skill, { before, after, rated }] of bySkill) {
		if (rated < enough) {
			notYet.push({ skill, rated });
			continue;
		}
		const meanBefore = before / rated;
		const meanAfter = after / rated;
		helped.push({ skill, rated, meanBefore, meanAfter, meanDrop: meanBefore - meanAfter });
	}
	helped.sort((a, b) => b.meanDrop - a.meanDrop || b.rated - a.rated);
	notYet.sort((a, b) => b.rated - a.rated);
	return { helped, notYet };
}

/** How many practices of each skill the log holds, rated or not. */
export function practiceCounts(practices: readonly { skill: SkillId }[]): Partial<Record<SkillId, number>> {
	const counts: Partial<Record<SkillId, number>> = {};
	for (const { skill } of practices) counts[skill] = (counts[skill] ?? 0) + 1;
	return counts;
}
