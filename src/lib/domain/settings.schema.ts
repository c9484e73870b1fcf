import { Instant } from './common';
import { REGIONS } from './regions';
import { DEFAULT_MEASURE_INTERVAL, MOTIONS, SETTINGS_ID, THEMES } from './settings';
import { z } from './zod';

export const ThemeChoice = z.enum(THEMES);
export const MotionChoice = z.enum(MOTIONS);

/**
 * The client's preferences, one row, as written. Every field has a default, so a later version can add a
 * field without a migration and an older row still parses.
 */
export const Settings = z.object({
	id: z._default(z.literal(SETTINGS_ID), SETTINGS_ID),
	theme: z._default(ThemeChoice, 'system'),
	motion: z._default(MotionChoice, 'system'),
	/** Which crisis lines Help now shows first; null until the client picks (the browser locale guesses meanwhile). */
	region: z._default(z.nullable(z.enum(REGIONS)), null),
	/** Days between PHQ-9 / GAD-7 offers (default 14, the measures' two-week look-back); null turns it off. */
	measureInterval: z._default(
		z.nullable(z.int().check(z.gte(1), z.lte(365, { error: 'Choose an interval of at most a year.' }))),
		DEFAULT_MEASURE_INTERVAL
	),
	createdAt: z.optional(Instant),
	updatedAt: z.optional(Instant)
});
export type Settings = z.infer<typeof Settings>;
