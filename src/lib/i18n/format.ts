import { contentLanguage } from './catalogue.svelte';
import { preferredLanguages } from './languages';

// Dates, times, numbers and lists as the client reads them, through Intl, in the language on screen. The
// browser's own tags for that language come first, so its region still decides the details ('en-GB' writes
// 22 November, 'en-US' November 22); a browser in another language gets the language on screen's defaults.
// A stored day (YYYY-MM-DD) and the wall-clock time in a stored instant are shown as written, whatever zone
// the phone is in now: the check-in at 23:30 in Lisbon stays 23:30 on that day after a flight.

/** The locales to format with: the browser's tags for the language on screen, then the language itself. */
export function formatLocales(
	language: string = contentLanguage(),
	preferred: readonly string[] = preferredLanguages()
): string[] {
	const base = (tag: string) => tag.toLowerCase().split('-')[0];
	return [...preferred.filter((tag) => base(tag) === base(language)), language];
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

export function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
	name: string,
	make: (locales: string[]) => F
): F {
	const locales = formatLocales();
	const key = `${name}|${locales.join(',')}`;
	let format = cache.get(key) as F | undefined;
	if (!format) cache.set(key, (format = make(locales)));
	return format;
}

export const utcDate = (name: string, options: Intl.DateTimeFormatOptions) =>
	cached(name, (locales) => new Intl.DateTimeFormat(locales, { ...options, timeZone: 'UTC' }));

const num = (text: string, from: number, to: number) => Number(text.slice(from, to));

/** A calendar day (or the wall-clock minute of an instant) as a UTC date, so no zone can move it. */
export const dayAt = (day: string) => new Date(Date.UTC(num(day, 0, 4), num(day, 5, 7) - 1, num(day, 8, 10)));
export const wallAt = (instant: string) =>
	new Date(
		Date.UTC(
			num(instant, 0, 4),
			num(instant, 5, 7) - 1,
			num(instant, 8, 10),
			num(instant, 11, 13),
			num(instant, 14, 16)
		)
	);

/** "Sunday 22 November 2026". */
export const formatWeekdayDate = (day: string): string =>
	utcDate('weekdayDate', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
		dayAt(day)
	);

/** "09:30" or "9:30 AM": the local time written in an instant (domain/time.ts localInstant). */
export const formatTime = (instant: string): string =>
	utcDate('time', { hour: 'numeric', minute: '2-digit' }).format(wallAt(instant));

/** "2,000" or "2 000": a count as the language writes it. */
export const formatNumber = (value: number): string =>
	cached('number', (locales) => new Intl.NumberFormat(locales)).format(value);
