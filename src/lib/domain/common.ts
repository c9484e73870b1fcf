import { isCalendarDay } from './time';
import { msg } from './messages';
import { z } from './zod';

/** Record ids come from crypto.randomUUID() at the edge; the domain only checks their shape. */
export const Id = z.uuid({ error: msg('record.badId') });
export type Id = z.infer<typeof Id>;
/** A local calendar day, the day the client lived through, not the UTC date. */
export const Day = z.string().check(z.refine(isCalendarDay, { error: msg('day.invalid') }));
export type Day = z.infer<typeof Day>;

/** An instant, always with its offset so the local time the client saw can be recovered. */
export const Instant = z.iso.datetime({ offset: true, error: msg('instant.invalid') });
export type Instant = z.infer<typeof Instant>;

/** Every stored row says when it was created and last changed. */
export const Timestamps = z.object({ createdAt: Instant, updatedAt: Instant });
