import { describe, expect, test } from 'vitest';
import {
	binFor,
	binStart,
	binsOf,
	binValues,
	completedByKind,
	countBinFor,
	countsByBin,
	daysBetween,
	ENOUGH_TAG_DAYS,
	measureSeries,
	parseRange,
	rollingAverage,
	sleepSeries,
	tagSummaries,
	type Point
} from '$lib/domain/progress';
import type { SleepDiaryItems } from '$lib/domain/sleep-diary';
import { addDays } from '$lib/domain/time';

const TODAY = '2026-12-03'; // a Thursday

describe('ranges', () => {
	test('each range ends today and starts where a calendar says, across clock changes too', () => {
		expect(parseRange({ range: '2w' }, TODAY)).toEqual({ kind: '2w', from: '2026-11-20', to: TODAY });
		expect(parseRange({ range: '3m' }, TODAY)).toEqual({ kind: '3m', from: '2026-09-04', to: TODAY });
		expect(parseRange({ range: '1y' }, TODAY)).toEqual({ kind: '1y', from: '2025-12-04', to: TODAY });
		expect(parseRange({ range: 'all' }, TODAY, { firstDay: '2024-02-29' })).toEqual({
			kind: 'all',
			from: '2024-02-29',
			to: TODAY
		});
		expect(parseRange({ range: 'all' }, TODAY, {}).from).toBe(TODAY);
		expect(parseRange({ range: 'since' }, TODAY, { lastSession: '2026-11-26' })).toEqual({
			kind: 'since',
			from: '2026-11-26',
			to: TODAY
		});
		// 29 March 2026 has 23 hours in Europe, 1 November 2026 has 25 in America: still one day each.
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
		expect(daysBetween('2025-12-04', TODAY)).toBe(364);
	});

	test('a range that cannot be shown falls back to two weeks instead of failing', () => {
		const twoWeeks = { kind: '2w', from: '2026-11-20', to: TODAY };
		expect(parseRange({}, TODAY)).toEqual(twoWeeks);
		expect(parseRange({ range: 'forever' }, TODAY)).toEqual(twoWeeks);
		expect(parseRange({ range: 'since' }, TODAY, { lastSession: null })).toEqual(twoWeeks);
		expect(parseRange({ range: 'since' }, TODAY, { lastSession: '2026-12-10' })).toEqual(twoWeeks);
		expect(parseRange({ range: 'custom', from: '2026-11-10', to: '2026-11-01' }, TODAY)).toEqual(twoWeeks);
		expect(parseRange({ range: 'custom', from: '2026-02-30', to: '2026-03-01' }, TODAY)).toEqual(twoWeeks);
		expect(parseRange({ range: 'custom', from: '2026-11-01', to: '2027-01-01' }, TODAY)).toEqual({
			kind: 'custom',
			from: '2026-11-01',
			to: TODAY
		});
	});

	test('the bin keeps every chart to a few hundred points', () => {
		expect(binFor({ from: '2026-11-20', to: TODAY })).toBe('day');
		expect(binFor({ from: addDays(TODAY, -91), to: TODAY })).toBe('day'); // 92 days
		expect(binFor({ from: addDays(TODAY, -92), to: TODAY })).toBe('week'); // 93 days
		expect(binFor({ from: '2025-12-04', to: TODAY })).toBe('week');
		expect(binFor({ from: '2016-12-04', to: TODAY })).toBe('month');
		// Ten years by month: 121 points.
		expect(binsOf({ from: '2016-12-04', to: TODAY }, 'month')).toHaveLength(121);
		expect(binsOf({ from: '2023-12-04', to: TODAY }, 'week').length).toBeLessThanOrEqual(160);
	});

	test('counts are drawn as bars by day up to a month, by week up to 3 years, by month beyond', () => {
		expect(countBinFor({ from: addDays(TODAY, -13), to: TODAY })).toBe('day');
		expect(countBinFor({ from: addDays(TODAY, -30), to: TODAY })).toBe('day'); // 31 days
		expect(countBinFor({ from: addDays(TODAY, -31), to: TODAY })).toBe('week'); // 32 days
		expect(countBinFor({ from: '2025-12-04', to: TODAY })).toBe('week');
		expect(countBinFor({ from: '2016-12-04', to: TODAY })).toBe('month');
	});

	test('weeks start on Monday (ISO 8601), months on the 1st', () => {
		expect(binStart(TODAY, 'week')).toBe('2026-11-30');
		expect(binStart('2026-11-29', 'week')).toBe('2026-11-23'); // a Sunday
		expect(binStart('2026-11-30', 'week')).toBe('2026-11-30');
		expect(binStart(TODAY, 'month')).toBe('2026-12-01');
		expect(binsOf({ from: '2026-11-20', to: TODAY }, 'week')).toEqual([
			'2026-11-16',
			'2026-11-23',
			'2026-11-30'
		]);
		expect(binsOf({ from: '2025-11-15', to: '2026-02-02' }, 'month', 7)).toEqual([
			'2025-11-01',
			'2025-12-01',
			'2026-01-01',
			'2026-02-01'
		]);
	});

	test('a region whose weeks start on Sunday (or Saturday) bins from that day', () => {
		expect(binStart('2026-11-29', 'week', 7)).toBe('2026-11-29'); // a Sunday starts its own week
		expect(binStart('2026-11-28', 'week', 7)).toBe('2026-11-22'); // a Saturday ends it
		expect(binStart('2026-11-30', 'week', 7)).toBe('2026-11-29');
		expect(binStart('2026-11-28', 'week', 6)).toBe('2026-11-28');
		expect(binStart('2026-11-27', 'week', 6)).toBe('2026-11-21');
		expect(binsOf({ from: '2026-11-20', to: '2026-12-04' }, 'week', 7)).toEqual([
			'2026-11-15',
			'2026-11-22',
			'2026-11-29'
		]);
		const points = binValues(
			[
				{ day: '2026-11-28', value: 2 }, // Saturday
				{ day: '2026-11-29', value: 8 } // Sunday
			],
			{ from: '2026-11-22', to: '2026-12-05' },
			'week',
			7
		);
		expect(points.map((p) => [p.day, p.mean])).toEqual([
			['2026-11-22', 2],
			['2026-11-29', 8]
		]);
	});
});

describe('series', () => {
	test('several values on one day are that day’s mean, with their spread; days without data are gaps', () => {
		const values = [
			{ day: '2026-11-20', value: 4 },
			{ day: '2026-11-20', value: 8 },
			{ day: '2026-11-21', value: 5 },
			{ day: '2026-11-19', value: 10 } // outside the range
		];
		expect(binValues(values, { from: '2026-11-20', to: '2026-11-22' }, 'day')).toEqual([
			{ day: '2026-11-20', count: 2, mean: 6, min: 4, max: 8 },
			{ day: '2026-11-21', count: 1, mean: 5, min: 5, max: 5 },
			{ day: '2026-11-22', count: 0, mean: null, min: null, max: null }
		]);
	});

	test('a week’s mean is the mean of its days, so a day with many check-ins weighs as one', () => {
		const values = [
			{ day: '2026-11-23', value: 2 },
			{ day: '2026-11-23', value: 4 },
			{ day: '2026-11-24', value: 9 }
		];
		const [week] = binValues(values, { from: '2026-11-23', to: '2026-11-29' }, 'week');
		// Day means 3 and 9: the week is 6, not the mean of all three values (5).
		expect(week).toEqual({ day: '2026-11-23', count: 3, mean: 6, min: 2, max: 9 });
		const thirds = binValues(
			[
				{ day: '2026-11-23', value: 1 },
				{ day: '2026-11-24', value: 1 },
				{ day: '2026-11-25', value: 2 }
			],
			{ from: '2026-11-23', to: '2026-11-29' },
			'week'
		);
		expect(thirds[0]?.mean).toBe(1.3);
	});

	test('the rolling average uses the bins with data and leaves a long gap empty', () => {
		const points = [6, 5, null, null, null, 2].map((mean, i): Point => ({
			day: addDays('2026-11-01', i),
			count: mean === null ? 0 : 1,
			mean,
			min: mean,
			max: mean
		}));
		expect(rollingAverage(points, 3)).toEqual([6, 5.5, 5.5, 5, null, 2]);
		expect(rollingAverage(points)).toEqual([6, 5.5, 5.5, 5.5, 5.5, 4.3]);
		expect(rollingAverage([])).toEqual([]);
	});

	test('practices are counted per week by skill, inside the range only', () => {
		const items = [
			{ day: '2026-11-23', key: 'breathing' },
			{ day: '2026-11-29', key: 'breathing' },
			{ day: '2026-11-25', key: 'grounding' },
			{ day: '2026-12-01', key: 'breathing' },
			{ day: '2026-12-04', key: 'breathing' }
		] as const;
		expect(countsByBin(items, { from: '2026-11-23', to: TODAY }, 'week')).toEqual([
			{ day: '2026-11-23', counts: { breathing: 2, grounding: 1 } },
			{ day: '2026-11-30', counts: { breathing: 1 } }
		]);
	});
});

describe('tags: mood on days with and without', () => {
	const day = (n: number) => addDays('2026-11-01', n);
	const walks = [0, 1, 2, 3, 4].map((n) => ({ day: day(n), mood: 7, tagIds: ['walk'] }));
	const others = [5, 6, 7, 8, 9].map((n) => ({ day: day(n), mood: 4, tagIds: n < 7 ? ['work'] : [] }));

	test('says how mood went on each side once both have enough days, counting days, not check-ins', () => {
		// Day 0 has a second check-in: its mean (6 and 8 → 7) still counts once.
		const entries = [
			...walks.slice(1),
			{ day: day(0), mood: 6, tagIds: ['walk'] },
			{ day: day(0), mood: 8, tagIds: [] },
			...others
		];
		const [walk, work] = tagSummaries(entries, { from: day(0), to: day(9) });
		expect(walk).toEqual({ tagId: 'walk', daysWith: 5, daysWithout: 5, moodWith: 7, moodWithout: 4 });
		// "work" is on 2 days: too few to say anything.
		expect(work).toEqual({ tagId: 'work', daysWith: 2, daysWithout: 8, moodWith: null, moodWithout: null });
		expect(ENOUGH_TAG_DAYS).toBe(5);
	});

	test('one day fewer on either side and nothing is said', () => {
		const [walk] = tagSummaries([...walks, ...others.slice(1)], { from: day(0), to: day(9) });
		expect(walk).toMatchObject({ daysWith: 5, daysWithout: 4, moodWith: null, moodWithout: null });
		const [narrow] = tagSummaries([...walks, ...others], { from: day(1), to: day(9) });
		expect(narrow).toMatchObject({ daysWith: 4, moodWith: null });
	});
});

describe('sleep: efficiency and total sleep time per night', () => {
	const night = (day: string, overrides: Partial<SleepDiaryItems> = {}): SleepDiaryItems => ({
		day,
		timeZone: 'Europe/London',
		inBed: '22:30',
		triedToSleep: '23:00',
		solMinutes: 20,
		awakenings: 2,
		wasoMinutes: 30,
		finalAwakening: '06:30',
		outOfBed: '07:00',
		quality: 'fair',
		comments: '',
		...overrides
	});

	test('each night by hand: in bed 510 min, asleep 400 (78.4 %, 6.7 h); in bed 480, asleep 470 (97.9 %, 7.8 h)', () => {
		const diaries = [
			night('2026-11-23'),
			night('2026-11-25', {
				inBed: '23:00',
				solMinutes: 10,
				awakenings: 0,
				wasoMinutes: 0,
				finalAwakening: '07:00'
			})
		];
		const { efficiency, hours, nights } = sleepSeries(
			diaries,
			{ from: '2026-11-23', to: '2026-11-25' },
			'day'
		);
		expect(nights).toBe(2);
		expect(efficiency.map((p) => p.mean)).toEqual([78.4, null, 97.9]);
		expect(hours.map((p) => p.mean)).toEqual([6.7, null, 7.8]);
	});

	test('a night outside the range, or one that cannot be, is left out rather than counted as nothing', () => {
		const impossible = night('2026-11-24', { solMinutes: 600 });
		const { efficiency, nights } = sleepSeries(
			[night('2026-11-20'), impossible, night('2026-11-23')],
			{ from: '2026-11-23', to: '2026-11-24' },
			'day'
		);
		expect(nights).toBe(1);
		expect(efficiency.map((p) => p.count)).toEqual([1, 0]);
	});
});

describe('homework: worksheets completed', () => {
	test('each counted on the day it was first completed, in the range only; drafts never', () => {
		const rows = [
			{ kind: 'thought-record', completedAt: '2026-11-23T23:50:00.000+01:00' },
			{ kind: 'thought-record', completedAt: '2026-11-25T08:00:00.000-05:00' },
			{ kind: 'activity-log', completedAt: '2026-11-24T12:00:00.000+00:00' },
			{ kind: 'activity-plan', completedAt: null },
			{ kind: 'thought-record', completedAt: '2026-11-26T00:10:00.000+00:00' }
		];
		expect(completedByKind(rows, { from: '2026-11-23', to: '2026-11-25' })).toEqual([
			{ kind: 'thought-record', count: 2 },
			{ kind: 'activity-log', count: 1 }
		]);
	});
});

describe('questionnaires: totals over their score ranges, item 9 marked', () => {
	// PHQ-9 answers whose totals are worked by hand; item 9 is the last answer.
	const phq9 = (day: string, answers: number[]) => ({
		instrument: 'phq9' as const,
		day,
		answers,
		total: answers.reduce((sum, a) => sum + a, 0)
	});
	const responses = [
		phq9('2026-11-02', [1, 1, 1, 1, 1, 1, 1, 1, 0]), // 8: mild, item 9 at 0
		phq9('2026-11-16', [2, 2, 2, 2, 2, 2, 2, 1, 1]), // 16: moderately severe, item 9 "several days"
		phq9('2026-11-18', [3, 3, 3, 3, 3, 3, 3, 2, 0]), // 23: severe, item 9 at 0
		{ instrument: 'gad7' as const, day: '2026-11-16', answers: [3, 3, 3, 3, 3, 3, 3], total: 21 },
		phq9('2026-10-01', [3, 3, 3, 3, 3, 3, 3, 3, 3]) // before the range
	];
	const range = { from: '2026-11-02', to: '2026-11-29' }; // four ISO weeks, Monday to Sunday

	test('by day: each total, its band, and the item-9 answer; days without one are gaps', () => {
		const points = measureSeries(responses, 'phq9', range, 'day');
		expect(points).toHaveLength(28);
		const taken = points.filter((p) => p.count);
		expect(taken).toEqual([
			{ day: '2026-11-02', count: 1, mean: 8, min: 8, max: 8, severity: 'mild', item9: 0 },
			{ day: '2026-11-16', count: 1, mean: 16, min: 16, max: 16, severity: 'moderately-severe', item9: 1 },
			{ day: '2026-11-18', count: 1, mean: 23, min: 23, max: 23, severity: 'severe', item9: 0 }
		]);
		expect(points[1]).toEqual({
			day: '2026-11-03',
			count: 0,
			mean: null,
			min: null,
			max: null,
			severity: null,
			item9: null
		});
	});

	test('by week: the mean of the week’s totals, its band, and the highest item-9 answer in it', () => {
		const weeks = measureSeries(responses, 'phq9', range, 'week');
		expect(weeks.map((w) => w.day)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
		// The week of 16 November: 16 and 23, mean 19.5, which rounds into the severe range (20-27); item 9 at most 1.
		expect(weeks[2]).toEqual({
			day: '2026-11-16',
			count: 2,
			mean: 19.5,
			min: 16,
			max: 23,
			severity: 'severe',
			item9: 1
		});
		expect(weeks[1]?.item9).toBeNull();
	});

	test('the GAD-7 has its own ranges and no item 9', () => {
		const [week] = measureSeries(responses, 'gad7', { from: '2026-11-16', to: '2026-11-22' }, 'week');
		expect(week).toEqual({
			day: '2026-11-16',
			count: 1,
			mean: 21,
			min: 21,
			max: 21,
			severity: 'severe',
			item9: null
		});
		// 14 is moderate on both; 15 is moderately severe on the PHQ-9 and severe on the GAD-7.
		const at = (instrument: 'phq9' | 'gad7', total: number) =>
			measureSeries(
				[{ instrument, day: TODAY, total, answers: [] }],
				instrument,
				{ from: TODAY, to: TODAY },
				'day'
			)[0]?.severity;
		expect([at('phq9', 14), at('gad7', 14), at('phq9', 15), at('gad7', 15)]).toEqual([
			'moderate',
			'moderate',
			'moderately-severe',
			'severe'
		]);
	});
});
