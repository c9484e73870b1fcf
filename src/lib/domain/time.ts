// Calendar days and instants from a Date the caller passes in: the domain never reads the clock.

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** The local calendar day of `at`, as YYYY-MM-DD. */
export function localDay(at: Date): string {
	return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * `at` as an ISO 8601 string in local time with its UTC offset (2026-11-22T23:30:00.000+01:00),
 * so a later reader knows both the instant and the wall-clock time the client saw.
 */
export function localInstant(at: Date): string {
	const offsetMinutes = -at.getTimezoneOffset();
	const sign = offsetMinutes >= 0 ? '+' : '-';
	const offset = `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
	return (
		`${localDay(at)}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}` +
		`.${pad(at.getMilliseconds(), 3)}${offset}`
	);
}

/** The calendar day written in an instant produced by `localInstant` (the client's day, whatever zone reads it). */
export function dayOfInstant(instant: string): string {
	return instant.slice(0, 10);
}

/** Which part of the day it is for a gentle greeting. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export function partOfDay(at: Date): PartOfDay {
	const hour = at.getHours();
	if (hour >= 5 && hour < 12) return 'morning';
	if (hour >= 12 && hour < 18) return 'afternoon';
	if (hour >= 18 && hour < 23) return 'evening';
	return 'night';
}

/**
 * The next instant after `at` when `localDay` or `partOfDay` changes: the next local 05:00, 12:00, 18:00, 23:00
 * or midnight. Built from local fields, so a clock change on the way moves it with the wall clock.
 */
export function nextDayChange(at: Date): Date {
	for (const hour of [5, 12, 18, 23]) {
		const next = new Date(at.getFullYear(), at.getMonth(), at.getDate(), hour);
		if (next > at) return next;
	}
	return new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1);
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
	const match = DAY_PATTERN.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The calendar day `days` after `day` (negative: before), counted in whole calendar days whatever the clocks do. */
export function addDays(day: string, days: number): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	const moved = new Date(Date.UTC(year, month - 1, date + days));
	return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
