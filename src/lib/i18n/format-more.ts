import { cached, dayAt, formatLocales, utcDate, wallAt } from './format';

// The formatters only later screens use (lists, the practice log, the sleep diary, Progress), apart from format.ts,
// which every first load carries (scripts/check-size.js): the same Intl formats, in the language on screen.

/** "22 November 2026" for a calendar day. */
export const formatDate = (day: string): string =>
	utcDate('date', { day: 'numeric', month: 'long', year: 'numeric' }).format(dayAt(day));

/** "22 Nov 2026". */
export const formatShortDate = (day: string): string =>
	utcDate('shortDate', { day: 'numeric', month: 'short', year: 'numeric' }).format(dayAt(day));

/** "Sun 22 Nov", for a day in a recent list. */
export const formatBriefDay = (day: string): string =>
	utcDate('briefDay', { weekday: 'short', day: 'numeric', month: 'short' }).format(dayAt(day));

/** "November 2026", from a month written YYYY-MM. */
export const formatMonth = (month: string): string =>
	utcDate('month', { month: 'long', year: 'numeric' }).format(dayAt(`${month}-01`));

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

/** "Anna, Ben and Chris" (or "or"): items joined as the language joins them. */
export const formatList = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
	cached(`list-${type}`, (locales) => new Intl.ListFormat(locales, { type })).format(items);
