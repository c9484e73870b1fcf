import { describe, expect, test } from 'vitest';
import { messageOf } from '$lib/domain/messages';
import {
	Exposure,
	ExposureLadder,
	ladderProgress,
	peakTrend,
	ranked,
	type LadderStep
} from '$lib/domain/worksheets/exposure-ladder';
import { Worksheet, worksheetText, worksheetTitle } from '$lib/domain/worksheets/worksheet';

const codes = (result: { success: boolean; error?: { issues: Parameters<typeof messageOf>[0][] } }) =>
	result.error?.issues.map((issue) => messageOf(issue).code) ?? [];

const exposure = (day: string, before: number, peak: number, after: number, minutes = 10) => ({
	id: `${day}-${peak}`,
	day,
	before,
	peak,
	after,
	minutes,
	noticed: ''
});
const step = (situation: string, expected: number, fields: Partial<LadderStep> = {}): LadderStep => ({
	id: situation,
	situation,
	expected,
	mastered: false,
	exposures: [],
	...fields
});

describe('exposure ladder schema', () => {
	const ladder = {
		id: '00000000-0000-4000-8000-000000000001',
		kind: 'exposure-ladder' as const,
		completedAt: '2026-11-20T10:00:00.000+00:00',
		editedAt: [],
		createdAt: '2026-11-20T10:00:00.000+00:00',
		updatedAt: '2026-11-20T10:00:00.000+00:00',
		goal: 'Take the bus to work',
		steps: [step('Stand at the stop', 30, { exposures: [exposure('2026-11-20', 40, 70, 30)] })]
	};

	test('a ladder passes and reads back the same, through the worksheet registry too', () => {
		expect(ExposureLadder.parse(ladder)).toEqual(ladder);
		expect(Worksheet.parse(ladder)).toEqual(ladder);
		expect(worksheetTitle('exposure-ladder', ladder)).toBe('Take the bus to work');
		expect(worksheetText(ladder)).toContain('Stand at the stop');
	});

	test('SUDS are whole numbers 0-100, minutes whole up to a day, and the peak is never below before or after', () => {
		expect(Exposure.safeParse(exposure('2026-11-20', 0, 100, 0, 1440)).success).toBe(true);
		expect(codes(Exposure.safeParse(exposure('2026-11-20', 40, 101, 30)))).toEqual(['ladder.suds']);
		expect(codes(Exposure.safeParse(exposure('2026-11-20', 40, 70.5, 30)))).toEqual(['ladder.suds']);
		expect(codes(Exposure.safeParse(exposure('2026-11-20', 40, 70, 30, 1441)))).toEqual(['ladder.minutes']);
		expect(codes(Exposure.safeParse(exposure('2026-11-20', 40, 30, 20)))).toEqual(['ladder.peakLow']);
		expect(codes(Exposure.safeParse(exposure('2026-11-20', 20, 30, 45)))).toEqual(['ladder.peakLow']);
		expect(codes(ExposureLadder.safeParse({ ...ladder, steps: [step('  ', 30)] }))).toEqual([
			'ladder.situationMissing'
		]);
	});

	test('a ladder with no goal is listed by its hardest step', () => {
		expect(
			worksheetTitle('exposure-ladder', { goal: ' ', steps: [step('Easy', 20), step('Hard', 90)] })
		).toBe('Hard');
	});
});

describe('the ladder as it is climbed', () => {
	test('ranked by expected distress, the least first; equal ones in the order added', () => {
		const steps = [step('Rush hour', 80), step('Stop', 30), step('With a friend', 55), step('Quiet bus', 55)];
		expect(ranked(steps).map((s) => s.situation)).toEqual([
			'Stop',
			'With a friend',
			'Quiet bus',
			'Rush hour'
		]);
	});

	test('progress counts the steps mastered', () => {
		expect(ladderProgress([step('a', 10, { mastered: true }), step('b', 20), step('c', 30)])).toEqual({
			mastered: 1,
			total: 3
		});
		expect(ladderProgress([])).toEqual({ mastered: 0, total: 0 });
	});

	test('the peak over the practices, in the order of their days whatever order they were logged in', () => {
		expect(peakTrend(step('none', 30))).toBeNull();
		const practised = step('Stop', 30, {
			exposures: [
				exposure('2026-11-22', 30, 45, 20),
				exposure('2026-11-20', 40, 70, 30),
				exposure('2026-11-25', 25, 35, 10)
			]
		});
		expect(peakTrend(practised)).toEqual({ practices: 3, first: 70, latest: 35, fall: 35 });
		expect(
			peakTrend(
				step('Up', 30, {
					exposures: [exposure('2026-11-20', 20, 40, 10), exposure('2026-11-21', 30, 60, 20)]
				})
			)
		).toEqual({
			practices: 2,
			first: 40,
			latest: 60,
			fall: -20
		});
	});
});
