import { contentLanguage } from './catalogue.svelte';
import { preferredLanguages } from './languages';
import type { Weekday } from '$lib/domain/progress';

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

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
	name: string,
	make: (locales: string[]) => F
): F {
	const locales = formatLocales();
	const key = `${name}|${locales.join(',')}`;
	let format = cache.get(key) as F | undefined;
	if (!format) cache.set(key, (format = make(locales)));
	return format;
}

const utcDate = (name: string, options: Intl.DateTimeFormatOptions) =>
	cached(name, (locales) => new Intl.DateTimeFormat(locales, { ...options, timeZone: 'UTC' }));

const num = (text: string, from: number, to: number) => Number(text.slice(from, to));

/** A calendar day (or the wall-clock minute of an instant) as a UTC date, so no zone can move it. */
const dayAt = (day: string) => new Date(Date.UTC(num(day, 0, 4), num(day, 5, 7) - 1, num(day, 8, 10)));
const wallAt = (instant: string) =>
	new Date(
		Date.UTC(
			num(instant, 0, 4),
			num(instant, 5, 7) - 1,
			num(instant, 8, 10),
			num(instant, 11, 13),
			num(instant, 14, 16)
		)
	);

/** "22 November 2026" for a calendar day. */
export const formatDate = (day: string): string =>
	utcDate('date', { day: 'numeric', month: 'long', year: 'numeric' }).format(dayAt(day));

/** "Sunday 22 November 2026". */
export const formatWeekdayDate = (day: string): string =>
	utcDate('weekdayDate', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
		dayAt(day)
	);

/** "22 Nov 2026". */
export const formatShortDate = (day: string): string =>
	utcDate('shortDate', { day: 'numeric', month: 'short', year: 'numeric' }).format(dayAt(day));

/** "Sun 22 Nov", for a day in a recent list. */
export const formatBriefDay = (day: string): string =>
	utcDate('briefDay', { weekday: 'short', day: 'numeric', month: 'short' }).format(dayAt(day));

/** "November 2026", from a month written YYYY-MM. */
export const formatMonth = (month: string): string =>
	utcDate('month', { month: 'long', year: 'numeric' }).format(dayAt(`${month}-01`));

/** "09:30" or "9:30 AM": the local time written in an instant (domain/time.ts localInstant). */
export const formatTime = (instant: string): string =>
	utcDate('time', { hour: 'numeric', minute: '2-digit' }).format(wallAt(instant));

/** "22 November 2026, 10:30": an instant as the client saw it on their clock then, wherever the phone is now. */
export const formatInstant = (instant: string): string =>
	utcDate('instant', { dateStyle: 'long', timeStyle: 'short' }).format(wallAt(instant));

/** "Sun 22 Nov, 21:05": an instant in the phone's own zone now (the practice log). */
export const formatWhen = (instant: string): string =>
	cached(
		'when',
		(locales) =>
			new Intl.DateTimeFormat(locales, {
				weekday: 'short',
				day: 'numeric',
				month: 'short',
				hour: 'numeric',
				minute: '2-digit'
			})
	).format(new Date(instant));

/** "Sun 22:30": an instant (ms) in the zone it was written in (the sleep diary keeps its zone). */
export const formatClock = (utcMs: number, timeZone: string): string =>
	new Intl.DateTimeFormat(formatLocales(), {
		hour: 'numeric',
		minute: '2-digit',
		weekday: 'short',
		timeZone
	}).format(new Date(utcMs));

/** "2,000" or "2 000": a count as the language writes it. */
export const formatNumber = (value: number): string =>
	cached('number', (locales) => new Intl.NumberFormat(locales)).format(value);

/** "Anna, Ben and Chris" (or "or"): items joined as the language joins them. */
export const formatList = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
	cached(`list-${type}`, (locales) => new Intl.ListFormat(locales, { type })).format(items);

interface WeekInfo {
	firstDay: number;
}
/** Intl's week information: a method in newer engines, a getter in older ones (Node 20). */
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The day the client's weeks start on, by the region of the locale in use (Monday in Spain, Sunday in Mexico and
 * the US), 1 Monday … 7 Sunday; Monday, the ISO week, where the engine cannot say.
 */
export function firstDayOfWeek(locales: readonly string[] = formatLocales()): Weekday {
	for (const tag of locales) {
		try {
			const locale = new Intl.Locale(tag) as LocaleWithWeek;
			const day = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
			if (day !== undefined && day >= 1 && day <= 7) return day as Weekday;
		} catch {
			// a malformed tag from the browser: try the next
		}
	}
	return 1;
}
