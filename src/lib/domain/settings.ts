import { z } from 'zod';
import { Instant } from './common';
import { REGIONS } from './crisis-lines';

export const ThemeChoice = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

export const MotionChoice = z.enum(['system', 'reduce']);
export type MotionChoice = z.infer<typeof MotionChoice>;

export const SETTINGS_ID = 'settings';

/**
 * The client's preferences, one row. Every field has a default, so a later version can add a field
 * without a migration and an older row still parses.
 */
export const Settings = z.object({
	id: z.literal(SETTINGS_ID).default(SETTINGS_ID),
	theme: ThemeChoice.default('system'),
	motion: MotionChoice.default('system'),
	/** Which crisis lines Help now shows first; null until the client picks (the browser locale guesses meanwhile). */
	region: z.enum(REGIONS).nullable().default(null),
	createdAt: Instant.optional(),
	updatedAt: Instant.optional()
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings = (): Settings => Settings.parse({});
