import { preferredLanguages } from '$lib/i18n/localize';

// Days and times as the client reads them, in their locale. A stored day (YYYY-MM-DD) and the wall-clock time in a
// stored instant are shown as written, whatever zone the phone is in now: the check-in at 23:30 in Lisbon stays
// 23:30 on that day after a flight.

const utc = (year: number, month: number, day: number, hour = 0, minute = 0) =>
	new Date(Date.UTC(year, month - 1, day, hour, minute));

const num = (text: string, from: number, to: number) => Number(text.slice(from, to));

const formatter = (options: Intl.DateTimeFormatOptions) =>
	new Intl.DateTimeFormat([...preferredLanguages(), 'en'], { ...options, timeZone: 'UTC' });

let timeFormat: Intl.DateTimeFormat | undefined;
let dayFormat: Intl.DateTimeFormat | undefined;
let shortDayFormat: Intl.DateTimeFormat | undefined;
let monthFormat: Intl.DateTimeFormat | undefined;

/** "09:30" or "9:30 AM": the local time written in an instant. */
export function formatTime(instant: string): string {
	timeFormat ??= formatter({ hour: 'numeric', minute: '2-digit' });
	const date = utc(
		num(instant, 0, 4),
		num(instant, 5, 7),
		num(instant, 8, 10),
		num(instant, 11, 13),
		num(instant, 14, 16)
	);
	return timeFormat.format(date);
}

/** "Sunday 22 November 2026". */
export function formatDay(day: string): string {
	dayFormat ??= formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
	return dayFormat.format(utc(num(day, 0, 4), num(day, 5, 7), num(day, 8, 10)));
}

/** "22 Nov 2026". */
export function formatShortDay(day: string): string {
	shortDayFormat ??= formatter({ day: 'numeric', month: 'short', year: 'numeric' });
	return shortDayFormat.format(utc(num(day, 0, 4), num(day, 5, 7), num(day, 8, 10)));
}

/** "November 2026", from a month written YYYY-MM. */
export function formatMonth(month: string): string {
	monthFormat ??= formatter({ month: 'long', year: 'numeric' });
	return monthFormat.format(utc(num(month, 0, 4), num(month, 5, 7), 1));
}
