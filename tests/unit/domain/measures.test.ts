import { describe, expect, test } from 'vitest';
import {
	DEFINITIONS,
	GAD7,
	PHQ9,
	answeredCount,
	changeSince,
	isComplete,
	item9Positive,
	scoreGad7,
	scoreMeasure,
	scorePhq9,
	severityOf
} from '$lib/domain/measures';
import { MeasureInput, MeasureResponse } from '$lib/domain/measure.schema';
import { answersFor, makeMeasureResponse } from '../../factories';

// Reference values from shared/CLINICAL.md: PHQ-9 (Kroenke et al. 2001) bands 0-4, 5-9, 10-14, 15-19, 20-27;
// GAD-7 (Spitzer et al. 2006) bands 0-4, 5-9, 10-14, 15-21.

describe('PHQ-9 scoring', () => {
	test.each([
		[0, 'minimal'],
		[4, 'minimal'],
		[5, 'mild'],
		[9, 'mild'],
		[10, 'moderate'],
		[14, 'moderate'],
		[15, 'moderately-severe'],
		[19, 'moderately-severe'],
		[20, 'severe'],
		[27, 'severe']
	] as const)('a total of %i is %s', (total, severity) => {
		const answers = answersFor('phq9', total, total === 27 ? 3 : 0);
		expect(answers).toHaveLength(9);
		expect(scorePhq9(answers)).toEqual({ total, severity, safetyFlag: total === 27 });
	});

	test('the total is the plain sum of the nine answers', () => {
		expect(scorePhq9([3, 2, 1, 0, 3, 2, 1, 0, 0]).total).toBe(12);
		expect(scorePhq9([1, 1, 1, 1, 1, 1, 1, 1, 1]).total).toBe(9);
	});

	test.each([
		['eight answers', [1, 1, 1, 1, 1, 1, 1, 1]],
		['ten answers', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
		['an unanswered item', [1, 1, null, 1, 1, 1, 1, 1, 1]],
		['an answer of 4', [1, 1, 4, 1, 1, 1, 1, 1, 1]],
		['a negative answer', [1, 1, -1, 1, 1, 1, 1, 1, 1]],
		['a fractional answer', [1, 1, 1.5, 1, 1, 1, 1, 1, 1]]
	])('is never given for %s: a missing item is not imputed', (_, answers) => {
		expect(isComplete('phq9', answers)).toBe(false);
		expect(() => scorePhq9(answers)).toThrow(RangeError);
	});

	test('item 9 above 0 raises the flag whatever the total, even on a minimal score', () => {
		expect(scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({
			total: 1,
			severity: 'minimal',
			safetyFlag: true
		});
		expect(scorePhq9([3, 3, 3, 3, 3, 3, 3, 3, 0])).toEqual({
			total: 24,
			severity: 'severe',
			safetyFlag: false
		});
	});

	test('item 9 opens the safety flow at once, before the form is finished', () => {
		const partial = [null, null, null, null, null, null, null, null, 2];
		expect(isComplete('phq9', partial)).toBe(false);
		expect(item9Positive('phq9', partial)).toBe(true);
		expect(item9Positive('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 0])).toBe(false);
		expect(item9Positive('phq9', [])).toBe(false);
	});

	test('has the nine LOINC item codes in published order, and the panel and total codes', () => {
		expect(PHQ9.itemLoinc).toEqual([
			'44250-9',
			'44255-8',
			'44259-0',
			'44254-1',
			'44251-7',
			'44258-2',
			'44252-5',
			'44253-3',
			'44260-8'
		]);
		expect([PHQ9.panelLoinc, PHQ9.totalLoinc, PHQ9.maxTotal]).toEqual(['44249-1', '44261-6', 27]);
	});
});

describe('GAD-7 scoring', () => {
	test.each([
		[0, 'minimal'],
		[4, 'minimal'],
		[5, 'mild'],
		[9, 'mild'],
		[10, 'moderate'],
		[14, 'moderate'],
		[15, 'severe'],
		[21, 'severe']
	] as const)('a total of %i is %s', (total, severity) => {
		const answers = answersFor('gad7', total);
		expect(answers).toHaveLength(7);
		expect(scoreGad7(answers)).toEqual({ total, severity, safetyFlag: false });
	});

	test('never raises the item-9 flag (it has seven items)', () => {
		expect(scoreGad7([3, 3, 3, 3, 3, 3, 3]).safetyFlag).toBe(false);
		expect(item9Positive('gad7', [3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(false);
	});

	test('is not given for a PHQ-9-length form or a missing item', () => {
		expect(() => scoreGad7([1, 1, 1, 1, 1, 1, 1, 1, 1])).toThrow(RangeError);
		expect(() => scoreGad7([1, 1, 1, undefined, 1, 1, 1])).toThrow(RangeError);
	});

	test('has the seven LOINC item codes in published order, and the panel and total codes', () => {
		expect(GAD7.itemLoinc).toEqual([
			'69725-0',
			'68509-9',
			'69733-4',
			'69734-2',
			'69735-9',
			'69689-8',
			'69736-7'
		]);
		expect([GAD7.panelLoinc, GAD7.totalLoinc, GAD7.maxTotal]).toEqual(['69737-5', '70274-6', 21]);
	});

	test('answers are coded per item, and the difficulty question is not labelled with the PHQ-9’s code', () => {
		// LOINC's GAD-7 item 2 (68509-9) answers 2 with LA18938-3, "More days than not" (CLINICAL.md review notes).
		expect(GAD7.answerLoinc[1]).toEqual(['LA6568-5', 'LA6569-3', 'LA18938-3', 'LA6571-9']);
		for (const item of [0, 2, 3, 4, 5, 6])
			expect(GAD7.answerLoinc[item]).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
		expect(GAD7.answerLoinc).toHaveLength(7);
		expect(GAD7.difficultyLoinc).toBeNull();
		expect(PHQ9.difficultyLoinc).toBe('69722-7');
		expect(PHQ9.answerLoinc).toHaveLength(9);
		expect(new Set(PHQ9.answerLoinc.flat())).toEqual(
			new Set(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'])
		);
	});
});

describe('severity bands', () => {
	test.each(Object.values(DEFINITIONS))('$id bands cover 0 to the maximum with no gap or overlap', (def) => {
		const covered = def.bands.flatMap((band) =>
			Array.from({ length: band.max - band.min + 1 }, (_, i) => band.min + i)
		);
		expect(covered).toEqual(Array.from({ length: def.maxTotal + 1 }, (_, i) => i));
	});

	test('an impossible total has no band', () => {
		expect(() => severityOf('phq9', 28)).toThrow(RangeError);
		expect(() => severityOf('gad7', 22)).toThrow(RangeError);
		expect(() => severityOf('gad7', -1)).toThrow(RangeError);
	});
});

describe('progress through a form and change since last time', () => {
	test('counts only real answers', () => {
		expect(answeredCount([0, null, 3, undefined, 2])).toBe(3);
	});

	test('the change is in points against the previous response', () => {
		expect(changeSince({ total: 8 }, { total: 12, day: '2026-11-08' })).toEqual({
			points: -4,
			previousTotal: 12,
			previousDay: '2026-11-08'
		});
		expect(changeSince({ total: 8 }, undefined)).toBeNull();
	});
});

describe('measure schemas', () => {
	test('a finished form parses; an unfinished one is refused with a clear message', () => {
		expect(MeasureInput.parse({ instrument: 'gad7', answers: [0, 1, 2, 3, 0, 1, 2] })).toEqual({
			instrument: 'gad7',
			answers: [0, 1, 2, 3, 0, 1, 2],
			difficulty: null
		});
		expect(() => MeasureInput.parse({ instrument: 'phq9', answers: [0, 1, 2, null, 0, 1, 2, 0, 0] })).toThrow(
			'measure.incomplete'
		);
	});

	test('a stored response whose score does not match its answers is refused', () => {
		const good = makeMeasureResponse({ answers: answersFor('phq9', 11) });
		expect(MeasureResponse.parse(good)).toEqual(good);
		expect(() => MeasureResponse.parse({ ...good, total: 10 })).toThrow('measure.scoreMismatch');
		expect(() => MeasureResponse.parse({ ...good, severity: 'mild' })).toThrow('measure.scoreMismatch');
		expect(() => MeasureResponse.parse({ ...good, safetyFlag: true })).toThrow('measure.scoreMismatch');
		expect(() => MeasureResponse.parse({ ...good, answers: good.answers.slice(0, 8) })).toThrow(
			'measure.unanswered'
		);
	});

	test('the stored flag follows item 9', () => {
		const flagged = makeMeasureResponse({ answers: answersFor('phq9', 3, 1) });
		expect(flagged.safetyFlag).toBe(true);
		expect(MeasureResponse.parse(flagged).safetyFlag).toBe(true);
		expect(scoreMeasure('phq9', flagged.answers).total).toBe(3);
	});
});
