import { preferredLanguages } from './localize';

/** A calendar day (YYYY-MM-DD) as people read it in their language: "22 November 2026". */
export function formatDay(day: string, locales: readonly string[] = preferredLanguages()): string {
	const [year, month, date] = day.split('-').map(Number);
	// Formatted in UTC so that the day shown is the day stored, whatever the phone's time zone.
	const at = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
	return new Intl.DateTimeFormat(locales.length ? [...locales] : 'en', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(at);
}

/**
 * An instant stored with its offset (domain/time.ts localInstant) as the client saw it on their clock then:
 * "22 November 2026, 10:30", whichever zone the phone is in now.
 */
export function formatInstant(instant: string, locales: readonly string[] = preferredLanguages()): string {
	const [year, month, date] = instant.slice(0, 10).split('-').map(Number);
	const [hour, minute] = instant.slice(11, 16).split(':').map(Number);
	const at = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1, hour ?? 0, minute ?? 0));
	return new Intl.DateTimeFormat(locales.length ? [...locales] : 'en', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'UTC'
	}).format(at);
}
