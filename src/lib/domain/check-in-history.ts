// Check-ins by day, for the history and Today's status line (no zod; the screens only read).
import type { CheckIn } from './check-in.schema';

export interface DayOfCheckIns<T> {
	day: string;
	entries: T[];
}

/** Entries grouped by their day, newest day first and, within a day, latest first. */
export function groupByDay<T extends Pick<CheckIn, 'day' | 'at'>>(entries: readonly T[]): DayOfCheckIns<T>[] {
	const sorted = [...entries].sort((a, b) =>
		a.day === b.day ? (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) : a.day < b.day ? 1 : -1
	);
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
