// Check-ins by day, for the history and Today's status line (no zod; the screens only read).
import type { CheckIn } from './check-in.schema';

export interface DayOfCheckIns<T> {
	day: string;
	entries: T[];
}

/**
 * Entries grouped by their day, newest day first and, within a day, latest first. An entry filled in later for
 * that day has no time of its own in it (its `at` is when it was written, days after), so it comes after the
 * day's timed entries, not above them as its later instant would put it.
 */
export function groupByDay<T extends Pick<CheckIn, 'day' | 'at'> & { filledInLater?: boolean }>(
	entries: readonly T[]
): DayOfCheckIns<T>[] {
	const latestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
	const sorted = [...entries].sort((a, b) => {
		if (a.day !== b.day) return a.day < b.day ? 1 : -1;
		if (!!a.filledInLater !== !!b.filledInLater) return a.filledInLater ? 1 : -1;
		return latestFirst(a.at, b.at);
	});
	return runsByDay(sorted);
}

/** Entries already in order, cut into one group per day wherever the day changes. */
export function runsByDay<T extends { day: string }>(sorted: readonly T[]): DayOfCheckIns<T>[] {
	const days: DayOfCheckIns<T>[] = [];
	for (const entry of sorted) {
		const last = days.at(-1);
		if (last?.day === entry.day) last.entries.push(entry);
		else days.push({ day: entry.day, entries: [entry] });
	}
	return days;
}

/** How many check-ins a day has and when the latest was written, for Today's neutral status line. */
export function daySummary(entries: readonly Pick<CheckIn, 'at'>[]): {
	count: number;
	lastAt: string | null;
} {
	let lastAt: string | null = null;
	for (const { at } of entries) if (lastAt === null || at > lastAt) lastAt = at;
	return { count: entries.length, lastAt };
}

/** The calendar month (YYYY-MM) a day (YYYY-MM-DD) falls in. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** The first and last calendar day of a month (YYYY-MM), for an indexed range over days. */
export function monthBounds(month: string): { first: string; last: string } {
	const [year, monthNumber] = month.split('-').map(Number) as [number, number];
	// Day 0 of the next month is the last day of this one (28 to 31, leap years included).
	const lastDate = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
	return { first: `${month}-01`, last: `${month}-${String(lastDate).padStart(2, '0')}` };
}

/** A month written YYYY-MM (as in the history's address), or null for anything else. */
export const parseMonth = (value: string | null): string | null =>
	value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null;
