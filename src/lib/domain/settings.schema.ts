import { Day, Instant } from './common';
import { REGIONS } from './regions';
import { DEFAULT_MEASURE_INTERVAL, LANGUAGES, MOTIONS, SETTINGS_ID, THEMES } from './settings';
import { msg } from './messages';
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
	/**
	 * The language the client chose; null until they choose, and the browser's languages decide meanwhile. With
	 * its default an older row parses as it is, so adding it needed no schema version (nothing indexes it).
	 */
	language: z._default(z.nullable(z.enum(LANGUAGES)), null),
	/** Days between PHQ-9 / GAD-7 offers (default 14, the measures' two-week look-back); null turns it off. */
	measureInterval: z._default(
		z.nullable(z.int().check(z.gte(1), z.lte(365, { error: msg('settings.intervalTooLong') }))),
		DEFAULT_MEASURE_INTERVAL
	),
	/**
	 * The day of the client's last therapy session, as they set it, for Progress's "since my last session"; null
	 * until they do. Later a share with the therapist will set it too. Nothing indexes it: no schema version.
	 */
	lastSession: z._default(z.nullable(Day), null),
	createdAt: z.optional(Instant),
	updatedAt: z.optional(Instant)
});
export type Settings = z.infer<typeof Settings>;
