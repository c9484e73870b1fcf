import {
	NOTE_MAX,
	SCALE_MAX,
	SYMPTOM_PRESETS,
	TAG_KINDS,
	TAG_PRESETS,
	isFilledInLater,
	noteLength
} from './check-in';
import { Day, Id, Instant, Timestamps } from './common';
import { dayOfInstant } from './time';
import { msg, type MessageCode } from './messages';
import { z } from './zod';

/** A rating on the 0-10 scale shared by mood and symptoms. */
const scale = (message: MessageCode) =>
	z.int({ error: message }).check(z.gte(0, { error: message }), z.lte(SCALE_MAX, { error: message }));

export const Mood = scale('checkIn.mood');
export const Rating = scale('checkIn.rating');

/** Private free text, stored exactly as typed: no trimming, any script, emoji and all. */
export const Note = z.string().check(
	z.refine((note) => noteLength(note) <= NOTE_MAX, {
		error: msg('checkIn.noteTooLong'),
		params: { max: NOTE_MAX }
	})
);

/** What the form sends: the day it is about, the mood, the symptoms rated (unrated ones are absent), tags, a note. */
export const CheckInInput = z.object({
	day: Day,
	mood: Mood,
	ratings: z._default(z.record(Id, Rating), {}),
	tagIds: z._default(
		z.array(Id).check(
			z.maxLength(200, { error: msg('checkIn.tooManyTags') }),
			z.refine((ids) => new Set(ids).size === ids.length, { error: msg('checkIn.tagTwice') })
		),
		[]
	),
	note: z._default(Note, '')
});
export type CheckInInput = z.input<typeof CheckInInput>;

/**
 * One check-in. `day` is the local calendar day it is about; `at` the instant it was written, with its offset.
 * Several a day are fine. One written on a later day than its `day` is marked `filledInLater`.
 */
export const CheckIn = z
	.object({
		id: Id,
		...CheckInInput.shape,
		at: Instant,
		filledInLater: z.boolean(),
		...Timestamps.shape
	})
	.check(
		z.refine((entry) => entry.day <= dayOfInstant(entry.at), {
			error: msg('checkIn.futureDay'),
			path: ['day']
		}),
		z.refine((entry) => entry.filledInLater === isFilledInLater(entry.day, entry.at), {
			error: msg('checkIn.filledInLater'),
			path: ['filledInLater']
		})
	);
export type CheckIn = z.infer<typeof CheckIn>;

/** The name a person types for a symptom or tag. */
export const ItemName = z
	.string()
	.check(
		z.trim(),
		z.minLength(1, { error: msg('item.nameMissing') }),
		z.maxLength(40, { error: msg('item.nameTooLong') })
	);

/** A stored name: empty only while a preset's own (translated) name is shown. */
const StoredName = z.string().check(z.maxLength(40, { error: msg('item.nameTooLong') }));
const namedOrPreset = z.refine<{ name: string; preset: string | null }>(
	(item) => item.name !== '' || !!item.preset,
	{
		error: msg('item.nameMissing'),
		path: ['name']
	}
);

/** A symptom the client tracks. Archived ones leave the form but keep their history. */
export const Symptom = z
	.object({
		id: Id,
		name: StoredName,
		preset: z.nullable(z.enum(SYMPTOM_PRESETS)),
		/** Position in the client's list, smallest first. */
		order: z.int().check(z.nonnegative()),
		archived: z.boolean(),
		...Timestamps.shape
	})
	.check(namedOrPreset);
export type Symptom = z.infer<typeof Symptom>;

export const TagKind = z.enum(TAG_KINDS, { error: msg('tag.kind') });

/** A tag for an activity, person, place or context. */
export const Tag = z
	.object({
		id: Id,
		name: StoredName,
		preset: z.nullable(z.enum(Object.keys(TAG_PRESETS) as [keyof typeof TAG_PRESETS])),
		kind: TagKind,
		order: z.int().check(z.nonnegative()),
		archived: z.boolean(),
		...Timestamps.shape
	})
	.check(namedOrPreset);
export type Tag = z.infer<typeof Tag>;

/** Input for a new tag or symptom. */
export const SymptomInput = z.object({ name: ItemName });
export const TagInput = z.object({ name: ItemName, kind: TagKind });
