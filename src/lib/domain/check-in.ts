// Check-ins as the screens read them, without zod: the check-in form renders from these helpers and its
// first load stays small (DESIGN.md budgets). The schemas that validate writes are in check-in.schema.ts.
import type { CheckIn } from './check-in.schema';
import { dayOfInstant } from './time';

export type { CheckIn, CheckInInput, Symptom, Tag } from './check-in.schema';
export * from './check-in-presets';

/** Mood and every symptom are rated on the same 0-10 scale. */
export const SCALE_MAX = 10;

/** A note is kept exactly as typed; its limit counts characters as a person sees them (an emoji is one). */
export const NOTE_MAX = 10_000;
export const noteLength = (note: string): number => [...note].length;

/** A check-in is "filled in later" when it is about a day before the day it was written. */
export const isFilledInLater = (day: string, at: string): boolean => day < dayOfInstant(at);

/** What a symptom or tag is called: the client's own name, else its preset's name in their language. */
export function displayName<P extends string>(
	item: { name: string; preset: P | null },
	presetNames: Readonly<Record<P, string>>
): string {
	return item.name || (item.preset ? presetNames[item.preset] : '');
}

/**
 * The new `order` of each item after moving `id` by `delta` places (-1 up, +1 down) in a list sorted by order.
 * Returns only the rows whose order changes; an impossible move returns nothing.
 */
export function reorder<T extends { id: string; order: number }>(
	items: readonly T[],
	id: string,
	delta: number
): { id: string; order: number }[] {
	const sorted = [...items].sort((a, b) => a.order - b.order);
	const from = sorted.findIndex((item) => item.id === id);
	const to = from + delta;
	if (from < 0 || to < 0 || to >= sorted.length || delta === 0) return [];
	const [moved] = sorted.splice(from, 1);
	sorted.splice(to, 0, moved as T);
	return sorted
		.map((item, order) => ({ id: item.id, order, before: item.order }))
		.filter((item) => item.order !== item.before)
		.map(({ id, order }) => ({ id, order }));
}

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

/**
 * The symptoms (or tags) a form shows: every active one, plus archived ones this entry already uses, so editing an
 * old check-in never hides what it recorded.
 */
export function shownInForm<T extends { id: string; archived: boolean; order: number }>(
	items: readonly T[],
	used: ReadonlySet<string>
): T[] {
	return items.filter((item) => !item.archived || used.has(item.id)).sort((a, b) => a.order - b.order);
}
