import { REGIONS } from './regions';
import { isCalendarDay } from './time';

// The settings as the shell reads them before its first render, without zod; writes are validated by
// `Settings` in settings.schema.ts.

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const MOTIONS = ['system', 'reduce'] as const;
export type MotionChoice = (typeof MOTIONS)[number];

export const SETTINGS_ID = 'settings';

/**
 * The languages Between speaks, as BCP 47 tags; each has a catalogue per area in src/lib/i18n. A second language
 * is one more tag here and its catalogues there.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** PHQ-9 and GAD-7 look back over two weeks, so they are offered every 14 days unless the client changes it. */
export const DEFAULT_MEASURE_INTERVAL = 14;

/** The client's preferences, as the schema in settings.schema.ts describes them. */
export type { Settings } from './settings.schema';
import type { Settings } from './settings.schema';

export const defaultSettings = (): Settings => ({
	id: SETTINGS_ID,
	theme: 'system',
	motion: 'system',
	region: null,
	language: null,
	measureInterval: DEFAULT_MEASURE_INTERVAL,
	lastSession: null
});

/** A measure interval the app understands: whole days, from 1 to a year. */
export const isMeasureInterval = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365;

const oneOf = <T extends string>(choices: readonly T[], value: unknown): value is T =>
	choices.includes(value as T);

/** The stored row read leniently: a field that is missing or not understood falls back to its default. */
export function settingsFromRow(row: Partial<Record<keyof Settings, unknown>> | undefined): Settings {
	const settings = defaultSettings();
	if (!row) return settings;
	if (oneOf(THEMES, row.theme)) settings.theme = row.theme;
	if (oneOf(MOTIONS, row.motion)) settings.motion = row.motion;
	if (oneOf(REGIONS, row.region)) settings.region = row.region;
	if (oneOf(LANGUAGES, row.language)) settings.language = row.language;
	if (row.measureInterval === null || isMeasureInterval(row.measureInterval))
		settings.measureInterval = row.measureInterval;
	if (typeof row.lastSession === 'string' && isCalendarDay(row.lastSession))
		settings.lastSession = row.lastSession;
	if (typeof row.createdAt === 'string') settings.createdAt = row.createdAt;
	if (typeof row.updatedAt === 'string') settings.updatedAt = row.updatedAt;
	return settings;
}
