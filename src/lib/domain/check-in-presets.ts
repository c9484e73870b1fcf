// The lists a new client starts with. Apart from check-in.ts because the database seeds them when it is created,
// and the database opens in the app shell: only these few lines belong in every screen's first load.
import type { Symptom, Tag } from './check-in.schema';

/** The symptoms a new client tracks until they change them (DESIGN.md, "Check-in"). */
export const SYMPTOM_PRESETS = ['anxiety', 'low-mood', 'sleep-quality', 'energy', 'irritability'] as const;
export type SymptomPreset = (typeof SYMPTOM_PRESETS)[number];

/** What a tag is about; the picker groups tags by kind. */
export const TAG_KINDS = ['activity', 'people', 'place', 'context'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** A few common tags to tap from the first day; the client renames, archives or adds their own. */
export const TAG_PRESETS = {
	exercise: 'activity',
	work: 'activity',
	friends: 'people',
	family: 'people',
	home: 'place',
	outside: 'place',
	therapy: 'context'
} as const satisfies Record<string, TagKind>;
export type TagPreset = keyof typeof TAG_PRESETS;

/** The symptoms and tags rows for a new database, in their first order. `newId` and `now` come from the caller. */
export function defaultSymptoms(now: string, newId: () => string): Symptom[] {
	return SYMPTOM_PRESETS.map((preset, order) => ({
		id: newId(),
		name: '',
		preset,
		order,
		archived: false,
		createdAt: now,
		updatedAt: now
	}));
}

export function defaultTags(now: string, newId: () => string): Tag[] {
	return (Object.keys(TAG_PRESETS) as TagPreset[]).map((preset, order) => ({
		id: newId(),
		name: '',
		preset,
		kind: TAG_PRESETS[preset],
		order,
		archived: false,
		createdAt: now,
		updatedAt: now
	}));
}
