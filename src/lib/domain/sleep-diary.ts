// The Consensus Sleep Diary, core items, and the sleep measures computed from it
// (Carney CE et al. The Consensus Sleep Diary: standardizing prospective sleep self-monitoring.
// SLEEP 2012;35(2):287-302; shared/CLINICAL.md). Render-time logic only: no validator is loaded here,
// so the diary screen can show its measures while the person types. sleep-diary.schema.ts validates writes
// with the same checks, so the message beside a field is the same before and after pressing Save.

import type { Message, MessageCode } from './messages';
import { addDays, endOfRepeat, isTimeZone, minuteOfDay, wallTimeOccurrences } from './zoned-time';

export const SLEEP_QUALITIES = ['very-poor', 'poor', 'fair', 'good', 'very-good'] as const;
export type SleepQuality = (typeof SLEEP_QUALITIES)[number];

/** The clock times of the core diary, in the order they happen through the night. */
export const DIARY_TIMES = ['inBed', 'triedToSleep', 'finalAwakening', 'outOfBed'] as const;
export type DiaryTime = (typeof DIARY_TIMES)[number];

/**
 * One night as the client writes it, the morning after. Times are what their clock showed ("23:05"), in
 * `timeZone`; `day` is the day they got up. A night with no entry stays blank: nothing is filled in for them.
 */
export interface SleepDiaryItems {
	day: string;
	/** IANA zone the times were read in, so a night is measured the same way after travel or a clock change. */
	timeZone: string;
	/** Time into bed. */
	inBed: string;
	/** Time tried to go to sleep. */
	triedToSleep: string;
	/** Minutes taken to fall asleep: sleep onset latency (SOL). */
	solMinutes: number;
	/** Awakenings, not counting the final one. */
	awakenings: number;
	/** Total minutes of those awakenings: wake after sleep onset (WASO). */
	wasoMinutes: number;
	/** Time of final awakening. */
	finalAwakening: string;
	/** Time out of bed. */
	outOfBed: string;
	quality: SleepQuality | null;
	comments: string;
}

/** The diary while it is being typed: any item may still be empty. */
export type SleepDiaryInput = {
	[K in keyof SleepDiaryItems]: SleepDiaryItems[K] extends number ? number | null : SleepDiaryItems[K];
};

export type DiaryField = keyof SleepDiaryItems;

export interface DiaryProblem {
	field: DiaryField;
	/** A code with values (domain/messages.ts); the catalogue says it in words. */
	message: Message;
}

/** Measures of one night, in minutes (SE in percent). */
export interface SleepMetrics {
	/** Time in bed: out of bed - into bed. */
	tib: number;
	/** Total sleep time: TIB - (tried to sleep - into bed) - SOL - WASO - (out of bed - final awakening). */
	tst: number;
	sol: number;
	waso: number;
	/** Sleep efficiency: TST / TIB x 100. */
	se: number;
	/** The four times as instants (ms since the epoch), dated across midnight. */
	at: Record<DiaryTime, number>;
}

/**
 * The sleep-efficiency target, 85 % or more: the conventional threshold used in CBT-I (CLINICAL.md), a convention
 * rather than a finding of any one study.
 */
export const SE_TARGET = 85;

/** Longer than this in bed is possible (illness) but more often a mistyped time: we ask, and still save. */
export const LONG_NIGHT_MINUTES = 14 * 60;

const DAY_MINUTES = 24 * 60;
const MINUTE = 60_000;
export const MAX_MINUTES = DAY_MINUTES;
export const MAX_AWAKENINGS = 99;

const missing = (field: DiaryTime | 'solMinutes' | 'awakenings' | 'wasoMinutes'): Message => ({
	code: `sleep.missing.${field}`
});

/** What went wrong when the clock times cannot follow one another within one night, blamed on the later item. */
const outOfOrder = (field: Exclude<DiaryTime, 'inBed'>): Message => ({ code: `sleep.order.${field}` });

const says = (code: MessageCode, values?: Record<string, number>): Message =>
	values ? { code, values } : { code };

const wholeMinutes = (
	field: 'solMinutes' | 'awakenings' | 'wasoMinutes',
	value: number | null,
	max: number
): DiaryProblem | null => {
	if (value === null || value === undefined || Number.isNaN(value)) return { field, message: missing(field) };
	if (!Number.isInteger(value) || value < 0) return { field, message: says('sleep.wholeNumber') };
	if (value > max) return { field, message: says('sleep.tooMany', { max }) };
	return null;
};

/**
 * Dates the four clock times of a night. The night ends on `day` when the person got out of bed; each earlier
 * time is its latest occurrence before the next one, so a night may cross midnight once (22:30 -> 06:45).
 * Four times that cannot follow one another within 24 hours are out of order: we blame the pair with the
 * largest gap, the one that had to wrap round the clock (a bedtime typed after the time tried to sleep).
 *
 * Minutes are real elapsed time, in the zone passed in. The night clocks go back, the hour repeated comes round
 * twice: a time in it is read as its first occurrence unless only the second keeps the night in order (tried to
 * sleep 01:50, woke 01:10: the 01:10 after the change). Where either reading would do, the night is measured with
 * the first and a warning says the clocks changed and how to enter the second.
 */
function dateTheNight(
	input: SleepDiaryInput,
	minutes: Record<DiaryTime, number>
): { at: Record<DiaryTime, number>; warnings: DiaryProblem[] } | { problem: DiaryProblem } {
	const zone = input.timeZone;
	const occurrences = (day: string, time: DiaryTime) => wallTimeOccurrences(day, minutes[time], zone);
	if (DIARY_TIMES.every((time) => minutes[time] === minutes.inBed))
		return { problem: { field: 'outOfBed', message: says('sleep.sameTime') } };

	// Walk back from the morning: a time with no occurrence on the next time's day before it was the day before.
	const days = { outOfBed: input.day } as Record<DiaryTime, string>;
	let latest = Math.max(...occurrences(input.day, 'outOfBed'));
	for (let i = DIARY_TIMES.length - 2; i >= 0; i--) {
		const time = DIARY_TIMES[i] as DiaryTime;
		const nextDay = days[DIARY_TIMES[i + 1] as DiaryTime];
		const sameDay = occurrences(nextDay, time).filter((at) => at <= latest);
		days[time] = sameDay.length ? nextDay : addDays(nextDay, -1);
		latest = Math.max(...(sameDay.length ? sameDay : occurrences(days[time], time)));
	}

	// Then forward: each time at its first occurrence that is not before the time it follows.
	const at = {} as Record<DiaryTime, number>;
	for (const [i, time] of DIARY_TIMES.entries()) {
		const previous = i === 0 ? -Infinity : at[DIARY_TIMES[i - 1] as DiaryTime];
		const first = occurrences(days[time], time).find((instant) => instant >= previous);
		if (first === undefined) {
			const later = time as Exclude<DiaryTime, 'inBed'>;
			return { problem: { field: later, message: outOfOrder(later) } };
		}
		at[time] = first;
	}
	if (at.outOfBed - at.inBed >= DAY_MINUTES * MINUTE) {
		const gaps = DIARY_TIMES.slice(1).map((time, i) => ({
			field: time as Exclude<DiaryTime, 'inBed'>,
			ms: at[time] - at[DIARY_TIMES[i] as DiaryTime]
		}));
		const worst = gaps.reduce((a, b) => (b.ms > a.ms ? b : a));
		return { problem: { field: worst.field, message: outOfOrder(worst.field) } };
	}

	// A time in the repeated hour whose other occurrence would also keep the night in order is ambiguous.
	const warnings: DiaryProblem[] = [];
	for (const [i, time] of DIARY_TIMES.entries()) {
		const both = occurrences(days[time], time);
		if (both.length < 2) continue;
		const other = both.find((instant) => instant !== at[time]) as number;
		const previous = i === 0 ? -Infinity : at[DIARY_TIMES[i - 1] as DiaryTime];
		const next = i === DIARY_TIMES.length - 1 ? Infinity : at[DIARY_TIMES[i + 1] as DiaryTime];
		// Moving the first or last time changes the night's length, which must stay above 0 and below a day.
		const length =
			(i === 0 ? at.outOfBed - other : i === DIARY_TIMES.length - 1 ? other - at.inBed : 1) / MINUTE;
		if (other < previous || other > next || length <= 0 || length >= DAY_MINUTES) continue;
		const [first, second] = both as [number, number];
		warnings.push({
			field: time,
			message: says('sleep.clocksBack', { end: endOfRepeat(first, second, minutes[time], zone) })
		});
	}
	return { at, warnings };
}

export type DiaryCheck =
	{ ok: true; metrics: SleepMetrics; warnings: DiaryProblem[] } | { ok: false; problems: DiaryProblem[] };

/**
 * The night's measures, or every reason the diary cannot be a real night (CLINICAL.md: reject TST < 0 and
 * times out of order, with a clear message). Minutes are real elapsed minutes: the night clocks go forward
 * is an hour shorter than the clock says, the night they go back an hour longer.
 */
export function checkSleepDiary(input: SleepDiaryInput): DiaryCheck {
	const problems: DiaryProblem[] = [];
	if (!isTimeZone(input.timeZone)) problems.push({ field: 'timeZone', message: says('sleep.timeZone') });
	const minutes = {} as Record<DiaryTime, number>;
	for (const time of DIARY_TIMES) {
		const value = input[time];
		const parsed = value ? minuteOfDay(value) : null;
		if (!value) problems.push({ field: time, message: missing(time) });
		else if (parsed === null) problems.push({ field: time, message: says('sleep.timeFormat') });
		else minutes[time] = parsed;
	}
	for (const problem of [
		wholeMinutes('solMinutes', input.solMinutes, MAX_MINUTES),
		wholeMinutes('awakenings', input.awakenings, MAX_AWAKENINGS),
		wholeMinutes('wasoMinutes', input.wasoMinutes, MAX_MINUTES)
	])
		if (problem) problems.push(problem);
	if (
		input.awakenings === 0 &&
		typeof input.wasoMinutes === 'number' &&
		input.wasoMinutes > 0 &&
		!problems.some((p) => p.field === 'awakenings')
	)
		problems.push({
			field: 'awakenings',
			message: says('sleep.wasoWithoutAwakenings')
		});
	if (problems.length) return { ok: false, problems };

	const dated = dateTheNight(input, minutes);
	if ('problem' in dated) return { ok: false, problems: [dated.problem] };
	const { at } = dated;
	const sol = input.solMinutes as number;
	const waso = input.wasoMinutes as number;
	const span = (from: DiaryTime, to: DiaryTime) => (at[to] - at[from]) / MINUTE;

	// Carney et al. 2012, with the formulas as CLINICAL.md gives them.
	const tib = span('inBed', 'outOfBed');
	const tst = tib - span('inBed', 'triedToSleep') - sol - waso - span('finalAwakening', 'outOfBed');
	if (tst < 0) {
		const asleepWindow = span('triedToSleep', 'finalAwakening');
		return {
			ok: false,
			problems: [
				{
					field: waso > 0 ? 'wasoMinutes' : 'solMinutes',
					message: says('sleep.asleepTooLong', { sol, waso, window: asleepWindow })
				}
			]
		};
	}
	const warnings: DiaryProblem[] =
		tib > LONG_NIGHT_MINUTES
			? [
					{ field: 'inBed', message: says('sleep.longNight') },
					...dated.warnings.filter((warning) => warning.field !== 'inBed')
				]
			: dated.warnings;
	return { ok: true, metrics: { tib, tst, sol, waso, se: (tst / tib) * 100, at }, warnings };
}

/** The measures of a stored, valid night; null if it is not one (never expected for a saved diary). */
export function sleepMetrics(items: SleepDiaryItems): SleepMetrics | null {
	const check = checkSleepDiary(items);
	return check.ok ? check.metrics : null;
}

export interface SleepAverages {
	/** Nights with a diary in the window; missing nights are left out, never filled in. */
	nights: number;
	from: string;
	to: string;
	tib: number;
	tst: number;
	sol: number;
	waso: number;
	/** Mean of each night's SE, so every night counts the same however long it was. */
	se: number;
}

/**
 * Averages over the `days` days ending on `lastDay` (default a week). Each measure is the mean of the nights
 * that have a diary; null when there are none.
 */
export function sleepAverages(
	diaries: readonly SleepDiaryItems[],
	lastDay: string,
	days = 7
): SleepAverages | null {
	const from = addDays(lastDay, -(days - 1));
	const nights = diaries
		.filter((d) => d.day >= from && d.day <= lastDay)
		.map(sleepMetrics)
		.filter((m): m is SleepMetrics => m !== null);
	if (nights.length === 0) return null;
	const mean = (pick: (m: SleepMetrics) => number) =>
		nights.reduce((sum, m) => sum + pick(m), 0) / nights.length;
	return {
		nights: nights.length,
		from,
		to: lastDay,
		tib: mean((m) => m.tib),
		tst: mean((m) => m.tst),
		sol: mean((m) => m.sol),
		waso: mean((m) => m.waso),
		se: mean((m) => m.se)
	};
}
