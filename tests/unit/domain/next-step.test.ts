import { describe, expect, test } from 'vitest';
import { isHardMoment } from '../../../src/lib/domain/hard-moment';
import { suggestedSkill } from '../../../src/lib/domain/next-step';
import type { RatedPractice } from '../../../src/lib/domain/practice-summary';

const practices = (skill: RatedPractice['skill'], pairs: [number, number][]): RatedPractice[] =>
	pairs.map(([distressBefore, distressAfter]) => ({ skill, distressBefore, distressAfter }));

describe('a hard moment', () => {
	test('a check-in is hard at mood 0, 1 or 2 of 10, not at 3', () => {
		expect([0, 1, 2, 3, 10].map((mood) => isHardMoment({ kind: 'check-in', mood }))).toEqual([
			true,
			true,
			true,
			false,
			false
		]);
	});

	test('a questionnaire is hard in its severe band only (PHQ-9 20-27, GAD-7 15-21)', () => {
		expect(isHardMoment({ kind: 'measure', instrument: 'phq9', severity: 'severe' })).toBe(true);
		expect(isHardMoment({ kind: 'measure', instrument: 'gad7', severity: 'severe' })).toBe(true);
		expect(isHardMoment({ kind: 'measure', instrument: 'phq9', severity: 'moderately-severe' })).toBe(false);
		expect(isHardMoment({ kind: 'measure', instrument: 'gad7', severity: 'moderate' })).toBe(false);
	});
});

describe('the skill suggested after it', () => {
	test('with no log, slow breathing, not said to have helped', () => {
		expect(suggestedSkill([])).toEqual({ skill: 'breathing', helpedBefore: false });
	});

	test('the skill whose rated practices brought distress down most, once there are five of them', () => {
		// Grounding: 7→4, 6→4, 8→5, 7→5, 6→3: mean drop (3+2+3+2+3)/5 = 2.6.
		// Push-button: 6→5 five times: mean drop 1.
		const log = [
			...practices('push-button', [
				[6, 5],
				[6, 5],
				[6, 5],
				[6, 5],
				[6, 5]
			]),
			...practices('grounding', [
				[7, 4],
				[6, 4],
				[8, 5],
				[7, 5],
				[6, 3]
			])
		];
		expect(suggestedSkill(log)).toEqual({ skill: 'grounding', helpedBefore: true });
	});

	test('four good practices are not yet enough to say a skill helps, nor is one that never lowered distress', () => {
		const four = practices('grounding', [
			[8, 2],
			[8, 2],
			[8, 2],
			[8, 2]
		]);
		const flat = practices('body-scan', [
			[5, 5],
			[5, 6],
			[5, 5],
			[5, 5],
			[5, 5]
		]);
		expect(suggestedSkill([...four, ...flat])).toEqual({ skill: 'breathing', helpedBefore: false });
	});
});
