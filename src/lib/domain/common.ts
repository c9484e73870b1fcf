import { z } from 'zod';

/** Record ids come from crypto.randomUUID() at the edge; the domain only checks their shape. */
export const Id = z.uuid({ error: 'This record has no valid id.' });
export type Id = z.infer<typeof Id>;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
	const match = DAY_PATTERN.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A local calendar day, the day the client lived through, not the UTC date. */
export const Day = z.string().refine(isCalendarDay, { error: 'Use a real date written as YYYY-MM-DD.' });
export type Day = z.infer<typeof Day>;

/** An instant, always with its offset so the local time the client saw can be recovered. */
export const Instant = z.iso.datetime({ offset: true, error: 'Use a date and time with its offset.' });
export type Instant = z.infer<typeof Instant>;

/** Every stored row says when it was created and last changed. */
export const Timestamps = z.object({ createdAt: Instant, updatedAt: Instant });
