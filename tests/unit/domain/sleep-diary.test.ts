import { describe, expect, test } from 'vitest';
import {
	checkSleepDiary,
	sleepAverages,
	sleepMetrics,
	type SleepDiaryInput,
	type SleepDiaryItems
} from '$lib/domain/sleep-diary';
import { SleepDiary } from '$lib/domain/sleep.schema';
import { messagesByField } from '$lib/domain/errors';
import type { Message } from '$lib/domain/messages';
import { makeSleepDiary, NOW } from '../../factories';

const LONDON = 'Europe/London';

const night = (overrides: Partial<SleepDiaryItems> = {}): SleepDiaryItems => ({
	day: '2026-11-22',
	timeZone: LONDON,
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

const measures = (items: SleepDiaryItems) => {
	const metrics = sleepMetrics(items);
	if (!metrics) throw new Error(`not a valid night: ${JSON.stringify(checkSleepDiary(items))}`);
	return { tib: metrics.tib, tst: metrics.tst, sol: metrics.sol, waso: metrics.waso, se: metrics.se };
};

describe('Consensus Sleep Diary measures (Carney et al. 2012)', () => {
	// Reference nights worked by hand from CLINICAL.md's formulas:
	// TIB = out - in; TST = TIB - (tried - in) - SOL - WASO - (out - final); SE = TST / TIB x 100.
	test.each([
		[
			'an ordinary night across midnight',
			night(),
			// 22:30 -> 07:00 = 510; 510 - 30 - 20 - 30 - 30 = 400; 400 / 510
			{ tib: 510, tst: 400, sol: 20, waso: 30, se: 78.431 }
		],
		[
			'asleep at once, no time lying in',
			night({
				inBed: '23:00',
				triedToSleep: '23:00',
				solMinutes: 15,
				awakenings: 1,
				wasoMinutes: 10,
				finalAwakening: '07:00',
				outOfBed: '07:00'
			}),
			{ tib: 480, tst: 455, sol: 15, waso: 10, se: 94.792 }
		],
		[
			'a day sleep after a night shift, not crossing midnight',
			night({
				inBed: '08:00',
				triedToSleep: '08:15',
				solMinutes: 30,
				awakenings: 0,
				wasoMinutes: 0,
				finalAwakening: '15:00',
				outOfBed: '15:30'
			}),
			{ tib: 450, tst: 375, sol: 30, waso: 0, se: 83.333 }
		],
		[
			'into bed after midnight',
			night({
				inBed: '01:00',
				triedToSleep: '01:30',
				solMinutes: 60,
				awakenings: 3,
				wasoMinutes: 45,
				finalAwakening: '08:00',
				outOfBed: '09:00'
			}),
			{ tib: 480, tst: 285, sol: 60, waso: 45, se: 59.375 }
		],
		[
			'a night without sleep is a real night, TST 0',
			night({
				inBed: '23:00',
				triedToSleep: '23:00',
				solMinutes: 420,
				awakenings: 0,
				wasoMinutes: 0,
				finalAwakening: '06:00',
				outOfBed: '06:00'
			}),
			{ tib: 420, tst: 0, sol: 420, waso: 0, se: 0 }
		]
	])('%s', (_name, items, expected) => {
		const got = measures(items);
		expect({ ...got, se: undefined }).toEqual({ ...expected, se: undefined });
		expect(got.se).toBeCloseTo(expected.se, 3);
	});

	test('the four times are dated across midnight, ending on the day the person got up', () => {
		const metrics = sleepMetrics(night());
		expect(metrics?.at).toEqual({
			inBed: Date.parse('2026-11-21T22:30:00Z'),
			triedToSleep: Date.parse('2026-11-21T23:00:00Z'),
			finalAwakening: Date.parse('2026-11-22T06:30:00Z'),
			outOfBed: Date.parse('2026-11-22T07:00:00Z')
		});
	});

	describe('daylight saving (zone passed in, never the machine’s)', () => {
		const dstNight = {
			inBed: '22:00',
			triedToSleep: '22:30',
			solMinutes: 30,
			awakenings: 1,
			wasoMinutes: 20,
			finalAwakening: '06:00',
			outOfBed: '06:30'
		};

		test('the night London springs forward is an hour shorter than the clock says', () => {
			// 29 March 2026, 01:00 GMT -> 02:00 BST. Clock: 8 h 30. Real: 7 h 30 = 450.
			const got = measures(night({ ...dstNight, day: '2026-03-29' }));
			expect(got).toMatchObject({ tib: 450, tst: 340 });
			expect(got.se).toBeCloseTo((340 / 450) * 100, 6);
		});

		test('the night London falls back is an hour longer', () => {
			// 25 October 2026, 02:00 BST -> 01:00 GMT. Real: 9 h 30 = 570.
			const got = measures(night({ ...dstNight, day: '2026-10-25' }));
			expect(got).toMatchObject({ tib: 570, tst: 460 });
			expect(got.se).toBeCloseTo((460 / 570) * 100, 6);
		});

		test('the same night reads as written in a zone without a change that night', () => {
			expect(measures(night({ ...dstNight, day: '2026-03-29', timeZone: 'Asia/Tokyo' }))).toMatchObject({
				tib: 510
			});
			// New York changed on 8 March 2026, not on London's night.
			expect(measures(night({ ...dstNight, day: '2026-03-29', timeZone: 'America/New_York' }))).toMatchObject(
				{ tib: 510 }
			);
			expect(measures(night({ ...dstNight, day: '2026-03-08', timeZone: 'America/New_York' }))).toMatchObject(
				{ tib: 450 }
			);
		});

		test('a time the clocks skipped reads as just after the change; a repeated one as its first occurrence', () => {
			// 01:30 never happened in London on 29 March 2026: read as 02:30 BST (01:30 UTC).
			const skipped = sleepMetrics(
				night({
					day: '2026-03-29',
					inBed: '01:30',
					triedToSleep: '01:45',
					solMinutes: 0,
					awakenings: 0,
					wasoMinutes: 0,
					finalAwakening: '07:00',
					outOfBed: '07:00'
				})
			);
			expect(skipped?.at.inBed).toBe(Date.parse('2026-03-29T01:30:00Z'));
			expect(skipped?.tib).toBe(270);
			// 01:30 happened twice on 25 October 2026: the first, BST (00:30 UTC).
			const repeated = sleepMetrics(
				night({
					day: '2026-10-25',
					inBed: '01:30',
					triedToSleep: '01:30',
					solMinutes: 0,
					awakenings: 0,
					wasoMinutes: 0,
					finalAwakening: '07:00',
					outOfBed: '07:00'
				})
			);
			expect(repeated?.at.inBed).toBe(Date.parse('2026-10-25T00:30:00Z'));
			expect(repeated?.tib).toBe(390);
		});
	});

	describe('across the 2026 clock changes, London and New York (zone passed in)', () => {
		// A plain night: in bed 23:00, tried to sleep 23:30, 20 min to fall asleep, 40 min awake in the night,
		// final waking 06:30, up 07:00. By the clock: time in bed 8 h = 480, total sleep 480 - 30 - 20 - 40 - 30 = 360.
		const plain = {
			inBed: '23:00',
			triedToSleep: '23:30',
			solMinutes: 20,
			awakenings: 2,
			wasoMinutes: 40,
			finalAwakening: '06:30',
			outOfBed: '07:00'
		};

		test.each([
			// Spring forward: an hour fewer. 420 in bed, 420 - 30 - 20 - 40 - 30 = 300 asleep, 300 / 420 = 71.43 %.
			['Europe/London', '2026-03-29', 420, 300],
			['America/New_York', '2026-03-08', 420, 300],
			// Fall back: an hour more. 540 in bed, 540 - 120 = 420 asleep, 420 / 540 = 77.78 %.
			['Europe/London', '2026-10-25', 540, 420],
			['America/New_York', '2026-11-01', 540, 420],
			// The week after, no change: 480 and 360, 75 %.
			['Europe/London', '2026-11-01', 480, 360],
			['America/New_York', '2026-11-08', 480, 360]
		] as const)('%s, the night before %s: %i min in bed, %i asleep', (timeZone, day, tib, tst) => {
			const check = checkSleepDiary({ ...night({ ...plain, day, timeZone }) });
			expect(check.ok && check.warnings).toEqual([]);
			const got = measures(night({ ...plain, day, timeZone }));
			expect(got).toMatchObject({ tib, tst, sol: 20, waso: 40 });
			expect(got.se).toBeCloseTo((tst / tib) * 100, 6);
		});

		test('fall back: times in order in real time are accepted though the clock went backwards', () => {
			// New York, 1 November 2026, 02:00 EDT -> 01:00 EST. Tried to sleep 01:50 EDT (05:50 UTC), woke for
			// good 01:10 EST (06:10 UTC) after a short night, up 01:20 EST (06:20 UTC). In bed 01:40 EDT (05:40 UTC).
			const items = night({
				day: '2026-11-01',
				timeZone: 'America/New_York',
				inBed: '01:40',
				triedToSleep: '01:50',
				solMinutes: 5,
				awakenings: 0,
				wasoMinutes: 0,
				finalAwakening: '01:10',
				outOfBed: '01:20'
			});
			const check = checkSleepDiary(items);
			expect(check.ok).toBe(true);
			expect(sleepMetrics(items)?.at).toEqual({
				inBed: Date.parse('2026-11-01T05:40:00Z'),
				triedToSleep: Date.parse('2026-11-01T05:50:00Z'),
				finalAwakening: Date.parse('2026-11-01T06:10:00Z'),
				outOfBed: Date.parse('2026-11-01T06:20:00Z')
			});
			// In bed 40 min; asleep 40 - 10 - 5 - 0 - 10 = 15; 15 / 40 = 37.5 %.
			expect(measures(items)).toMatchObject({ tib: 40, tst: 15, se: 37.5 });
			// Only one reading keeps these in order, so nothing is ambiguous.
			expect(check.ok && check.warnings).toEqual([]);
		});

		test('fall back: a time either occurrence would fit is measured as the first, and the message says the clocks changed and how to enter the second', () => {
			// London, 25 October 2026: woke for good at 01:30, which came round twice (00:30 and 01:30 UTC).
			const items = night({
				day: '2026-10-25',
				inBed: '23:00',
				triedToSleep: '23:30',
				solMinutes: 10,
				awakenings: 0,
				wasoMinutes: 0,
				finalAwakening: '01:30',
				outOfBed: '07:00'
			});
			const check = checkSleepDiary(items);
			if (!check.ok) throw new Error('expected a valid night');
			// 23:00 BST = 22:00 UTC; up 07:00 GMT = 07:00 UTC: 540 in bed. First 01:30 (00:30 UTC) to 07:00 UTC is
			// 390 awake in bed in the morning: asleep 540 - 30 - 10 - 0 - 390 = 110; 110 / 540 = 20.37 %.
			expect(check.metrics.at.finalAwakening).toBe(Date.parse('2026-10-25T00:30:00Z'));
			expect(measures(items)).toMatchObject({ tib: 540, tst: 110 });
			expect(measures(items).se).toBeCloseTo((110 / 540) * 100, 6);
			expect(check.warnings).toEqual([
				{ field: 'finalAwakening', message: { code: 'sleep.clocksBack', values: { end: 120 } } }
			]);
			// New York repeats 01:00 to 01:59 too, and 02:00 is again the first time after it.
			const newYork = checkSleepDiary({ ...items, day: '2026-11-01', timeZone: 'America/New_York' });
			expect(newYork.ok && newYork.warnings).toEqual([
				{ field: 'finalAwakening', message: { code: 'sleep.clocksBack', values: { end: 120 } } }
			]);
			// The schema saves it: a warning, not a refusal.
			expect(SleepDiary.safeParse({ ...makeSleepDiary(), ...items }).success).toBe(true);
		});

		test('times out of order in real time are still refused across the change', () => {
			// Woke for good at 00:50 after trying to sleep at 01:50 on 25 October in London: 00:50 came round once.
			const check = checkSleepDiary(
				night({
					day: '2026-10-25',
					inBed: '01:40',
					triedToSleep: '01:50',
					solMinutes: 0,
					awakenings: 0,
					wasoMinutes: 0,
					finalAwakening: '00:50',
					outOfBed: '07:00'
				})
			);
			expect(check.ok).toBe(false);
		});
	});

	describe('impossible diaries are rejected with a clear message', () => {
		test.each<[string, Partial<SleepDiaryInput>, string, Message]>([
			[
				'sleep.order.triedToSleep',
				{ inBed: '23:30', triedToSleep: '23:00' },
				'triedToSleep',
				{ code: 'sleep.order.triedToSleep' }
			],
			[
				'final waking before trying to sleep',
				{ triedToSleep: '23:00', finalAwakening: '22:45' },
				'finalAwakening',
				{ code: 'sleep.order.finalAwakening' }
			],
			[
				'out of bed before final waking',
				{ finalAwakening: '07:15', outOfBed: '07:00' },
				'outOfBed',
				{ code: 'sleep.order.outOfBed' }
			],
			[
				'no time in bed at all',
				{
					inBed: '07:00',
					triedToSleep: '07:00',
					finalAwakening: '07:00',
					outOfBed: '07:00',
					solMinutes: 0,
					awakenings: 0,
					wasoMinutes: 0
				},
				'outOfBed',
				{ code: 'sleep.sameTime' }
			],
			[
				'falling asleep and waking take longer than the night (TST < 0)',
				{ solMinutes: 300, wasoMinutes: 300 },
				'wasoMinutes',
				{ code: 'sleep.asleepTooLong', values: { sol: 300, waso: 300, window: 450 } }
			],
			[
				'falling asleep alone longer than the night',
				{ solMinutes: 500, awakenings: 0, wasoMinutes: 0 },
				'solMinutes',
				{ code: 'sleep.asleepTooLong', values: { sol: 500, waso: 0, window: 450 } }
			],
			[
				'minutes awake with no awakenings',
				{ awakenings: 0, wasoMinutes: 15 },
				'awakenings',
				{ code: 'sleep.wasoWithoutAwakenings' }
			],
			['a time that is not a time', { inBed: '25:10' }, 'inBed', { code: 'sleep.timeFormat' }],
			['a missing time', { outOfBed: '' }, 'outOfBed', { code: 'sleep.missing.outOfBed' }],
			['a missing number', { solMinutes: null }, 'solMinutes', { code: 'sleep.missing.solMinutes' }],
			['a negative number', { wasoMinutes: -5 }, 'wasoMinutes', { code: 'sleep.wholeNumber' }],
			['a fraction', { awakenings: 1.5 }, 'awakenings', { code: 'sleep.wholeNumber' }]
		])('%s', (_name, change, field, message) => {
			const check = checkSleepDiary({ ...night(), ...change } as SleepDiaryInput);
			expect(check.ok).toBe(false);
			expect(check.ok ? [] : check.problems).toContainEqual({ field, message });
		});

		test('the schema gives the same message beside the same field and parses nothing', () => {
			const result = SleepDiary.safeParse(makeSleepDiary({ inBed: '23:30', triedToSleep: '23:00' }));
			expect(result.success).toBe(false);
			if (!result.success)
				expect(messagesByField(result.error)).toEqual({
					triedToSleep: { code: 'sleep.order.triedToSleep' }
				});
			expect(SleepDiary.safeParse(makeSleepDiary()).success).toBe(true);
		});

		test('the schema says minutes are whole numbers, not that they are missing, for 12.5', () => {
			const half = SleepDiary.safeParse(makeSleepDiary({ solMinutes: 12.5 }));
			expect(half.success || messagesByField(half.error)).toEqual({
				solMinutes: { code: 'sleep.wholeNumber' }
			});
			const none = SleepDiary.safeParse({ ...makeSleepDiary(), wasoMinutes: null });
			expect(none.success || messagesByField(none.error)).toEqual({
				wasoMinutes: { code: 'sleep.missing.wasoMinutes' }
			});
		});

		test('the schema rejects an unknown time zone and a missing time', () => {
			const zone = SleepDiary.safeParse(makeSleepDiary({ timeZone: 'Mars/Olympus' }));
			expect(zone.success).toBe(false);
			const empty = SleepDiary.safeParse({ ...makeSleepDiary(), outOfBed: '' });
			expect(empty.success || messagesByField(empty.error)).toEqual({
				outOfBed: { code: 'sleep.missing.outOfBed' }
			});
		});
	});

	test('a very long night is allowed, with a gentle question', () => {
		const check = checkSleepDiary(
			night({
				inBed: '14:00',
				triedToSleep: '14:00',
				solMinutes: 0,
				awakenings: 0,
				wasoMinutes: 0,
				finalAwakening: '07:00',
				outOfBed: '07:00'
			})
		);
		expect(check.ok && check.metrics.tib).toBe(17 * 60);
		expect(check.ok && check.warnings.map((w) => w.field)).toEqual(['inBed']);
		expect(
			checkSleepDiary(night()).ok && (checkSleepDiary(night()) as { warnings: unknown[] }).warnings
		).toEqual([]);
	});
});

describe('7-day averages', () => {
	const week = [
		// 400 / 510
		night({ day: '2026-11-16' }),
		// TIB 480, TST 455
		night({
			day: '2026-11-18',
			inBed: '23:00',
			triedToSleep: '23:00',
			solMinutes: 15,
			awakenings: 1,
			wasoMinutes: 10,
			finalAwakening: '07:00',
			outOfBed: '07:00'
		}),
		// TIB 420, TST 0
		night({
			day: '2026-11-22',
			inBed: '23:00',
			triedToSleep: '23:00',
			solMinutes: 420,
			awakenings: 0,
			wasoMinutes: 0,
			finalAwakening: '06:00',
			outOfBed: '06:00'
		}),
		// Outside the window: 8 days before the last day.
		night({ day: '2026-11-15', solMinutes: 0 }),
		// After the window.
		night({ day: '2026-11-23' })
	];

	test('average each measure over the nights written in the last 7 days; missing nights are not filled in', () => {
		const averages = sleepAverages(week, '2026-11-22');
		expect(averages).toMatchObject({ nights: 3, from: '2026-11-16', to: '2026-11-22' });
		expect(averages?.tib).toBeCloseTo((510 + 480 + 420) / 3, 9);
		expect(averages?.tst).toBeCloseTo((400 + 455 + 0) / 3, 9);
		expect(averages?.sol).toBeCloseTo((20 + 15 + 420) / 3, 9);
		expect(averages?.waso).toBeCloseTo((30 + 10 + 0) / 3, 9);
		expect(averages?.se).toBeCloseTo(((400 / 510) * 100 + (455 / 480) * 100 + 0) / 3, 9);
	});

	test('no nights in the window gives nothing rather than zeros', () => {
		expect(sleepAverages(week, '2026-11-10')).toBeNull();
		expect(sleepAverages([], '2026-11-22')).toBeNull();
	});

	test('a week that crosses a month end counts back across it', () => {
		expect(sleepAverages([night({ day: '2026-02-26' })], '2026-03-04')).toMatchObject({
			nights: 1,
			from: '2026-02-26'
		});
		expect(NOW).toMatch(/^2026/);
	});
});
