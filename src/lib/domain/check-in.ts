// Check-ins as the screens read them, without zod: the check-in form renders from these helpers and its
// first load stays small (DESIGN.md budgets). The schemas that validate writes are in check-in.schema.ts.
import { dayOfInstant } from './time';
import { searchKey } from './text-compare';
import { textLength } from './text-limit';

export type { CheckIn, CheckInInput, Symptom, Tag } from './check-in.schema';
export * from './check-in-presets';

/** Mood and every symptom are rated on the same 0-10 scale. */
export const SCALE_MAX = 10;

/** A note is kept exactly as typed; its limit counts characters as a person sees them (an emoji is one). */
export const NOTE_MAX = 10_000;
/** A note's length as its limit counts it (domain/text-limit.ts). */
export const noteLength = textLength;

/** A check-in is "filled in later" when it is about a day before the day it was written. */
export const isFilledInLater = (day: string, at: string): boolean => day < dayOfInstant(at);

/** What a symptom or tag is called: the client's own name, else its preset's name in their language. */
/**
 * The item of `items` already called `name` (whatever its case, accents or spacing; a preset by its name in the
 * client's language), other than `except`, so that "anxiety" is not added beside "Anxiety".
 */
export function sameNamed<P extends string, T extends { id: string; name: string; preset: P | null }>(
	name: string,
	items: readonly T[],
	presetNames: Readonly<Record<P, string>>,
	except?: string
): T | undefined {
	const key = searchKey(name);
	return items.find((item) => item.id !== except && searchKey(displayName(item, presetNames)) === key);
}

export function displayName<P extends string>(
	item: { name: string; preset: P | null },
	presetNames: Readonly<Record<P, string>>
): string {
	return item.name || (item.preset ? presetNames[item.preset] : '');
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
