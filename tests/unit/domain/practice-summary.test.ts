import { describe, expect, test } from 'vitest';
import {
	distressDrop,
	ENOUGH_PRACTICES,
	practiceCounts,
	whatHasHelped,
	type RatedPractice
} from '$lib/domain/practice-summary';

const rated = (
	skill: RatedPractice['skill'],
	before: number | null,
	after: number | null
): RatedPractice => ({
	skill,
	distressBefore: before,
	distressAfter: after
});

describe('what has helped you', () => {
	test('five rated practices are enough, and the threshold is what the code says', () => {
		expect(ENOUGH_PRACTICES).toBe(5);
	});

	test('the average drop per skill, largest first, once a skill has enough rated practices', () => {
		const log = [
			// Breathing: before 7,6,8,5,6 (mean 6.4), after 4,5,5,4,3 (mean 4.2): drop 2.2.
			rated('breathing', 7, 4),
			rated('breathing', 6, 5),
			rated('breathing', 8, 5),
			rated('breathing', 5, 4),
			rated('breathing', 6, 3),
			// Grounding: six, each 6 -> 5: drop 1.
			...Array.from({ length: 6 }, () => rated('grounding', 6, 5)),
			// Body scan: four rated (not enough yet) and one unrated, which is left out.
			...Array.from({ length: 4 }, () => rated('body-scan', 5, 2)),
			rated('body-scan', 5, null)
		];
		const summary = whatHasHelped(log);
		expect(summary.helped.map((h) => h.skill)).toEqual(['breathing', 'grounding']);
		const [breathing, grounding] = summary.helped;
		expect(breathing?.rated).toBe(5);
		expect(breathing?.meanBefore).toBeCloseTo(6.4, 10);
		expect(breathing?.meanAfter).toBeCloseTo(4.2, 10);
		expect(breathing?.meanDrop).toBeCloseTo(2.2, 10);
		expect(grounding).toMatchObject({ rated: 6, meanBefore: 6, meanAfter: 5, meanDrop: 1 });
		expect(summary.notYet).toEqual([{ skill: 'body-scan', rated: 4 }]);
	});

	test('PTSD Coach’s published figures come back out: mean 6.03 before, falling by 1.38', () => {
		// 100 practices whose means match PMC9006138: before 6.03, after 4.65.
		const log = Array.from({ length: 100 }, (_, i) => rated('grounding', i < 3 ? 7 : 6, i < 65 ? 5 : 4));
		const [summary] = whatHasHelped(log).helped;
		expect(summary?.meanBefore).toBeCloseTo(6.03, 10);
		expect(summary?.meanDrop).toBeCloseTo(1.38, 10);
	});

	test('distress that rose is reported as it is, not hidden', () => {
		const log = Array.from({ length: 5 }, () => rated('thought-stopping', 4, 6));
		expect(whatHasHelped(log).helped[0]?.meanDrop).toBe(-2);
	});

	test('skipped ratings count as practices but not in the average', () => {
		expect(distressDrop(rated('breathing', null, 3))).toBeNull();
		expect(distressDrop(rated('breathing', 3, null))).toBeNull();
		expect(distressDrop(rated('breathing', 0, 0))).toBe(0);
		const log = [rated('breathing', null, null), rated('breathing', 5, 4), rated('grounding', 2, 1)];
		expect(whatHasHelped(log)).toEqual({
			helped: [],
			notYet: [
				{ skill: 'breathing', rated: 1 },
				{ skill: 'grounding', rated: 1 }
			]
		});
		expect(practiceCounts(log)).toEqual({ breathing: 2, grounding: 1 });
	});

	test('a lower threshold can be passed in, for the therapist’s view of a short range', () => {
		expect(whatHasHelped([rated('body-scan', 8, 5)], 1).helped[0]?.meanDrop).toBe(3);
	});
});
