import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatLocales, formatNumber, formatTime, formatWeekdayDate } from '$lib/i18n/format';
import {
	formatBriefDay,
	formatClock,
	formatDate,
	formatInstant,
	formatList,
	formatMonth,
	formatShortDate,
	formatWhen
} from '$lib/i18n/format-more';
import { firstDayOfWeek } from '$lib/i18n/week';
import { useCatalogues } from '$lib/i18n/catalogue.svelte';

// The unit tests run in UTC and again nowhere else; the outputs below hold in any zone because days and wall
// times are formatted as written (UTC), and formatClock is given its zone.
function browserLanguages(languages: string[]) {
	vi.stubGlobal('navigator', { languages });
}
afterEach(() => vi.unstubAllGlobals());

describe('one formatting module on Intl, in the language on screen', () => {
	test('the browser’s tags for the language on screen come first, so its region decides the details', () => {
		expect(formatLocales('en', ['en-GB', 'de-DE', 'en-US'])).toEqual(['en-GB', 'en-US', 'en']);
		expect(formatLocales('en', ['de-DE'])).toEqual(['en']);
		expect(formatLocales('es', ['es-MX', 'en'])).toEqual(['es-MX', 'es']);
	});

	test('a week starts on the region’s day: Sunday in Mexico and the US, Monday in Spain and by default', () => {
		expect(firstDayOfWeek(['es-MX', 'es'])).toBe(7);
		expect(firstDayOfWeek(['en-US', 'en'])).toBe(7);
		expect(firstDayOfWeek(['es-ES', 'es'])).toBe(1);
		expect(firstDayOfWeek(['es'])).toBe(1);
		expect(firstDayOfWeek(['en-GB'])).toBe(1);
		expect(firstDayOfWeek(['not a tag', 'es-MX'])).toBe(7);
	});

	test('days and instants as people in Britain read them', () => {
		browserLanguages(['en-GB']);
		expect(formatDate('2026-11-22')).toBe('22 November 2026');
		expect(formatWeekdayDate('2026-11-22')).toBe('Sunday, 22 November 2026');
		expect(formatShortDate('2026-11-22')).toBe('22 Nov 2026');
		expect(formatBriefDay('2026-11-22')).toBe('Sun 22 Nov');
		expect(formatMonth('2026-11')).toBe('November 2026');
		expect(formatTime('2026-11-22T23:30:00.000+00:00')).toBe('23:30');
		expect(formatInstant('2026-11-22T10:30:00.000-08:00')).toBe('22 November 2026 at 10:30');
		expect(formatClock(Date.parse('2026-11-22T22:30:00Z'), 'Europe/Lisbon')).toBe('Sun 22:30');
		expect(formatWhen('2026-11-22T21:05:00Z')).toMatch(/^Sun 22 Nov(,| at)? 21:05$/);
	});

	test('the same, as the US writes them: the browser’s region still counts', () => {
		browserLanguages(['en-US']);
		expect(formatDate('2026-11-22')).toBe('November 22, 2026');
		expect(formatTime('2026-11-22T23:30:00.000+00:00')).toBe('11:30 PM');
	});

	test('in Spanish, as each region writes it: a 24-hour clock in Spain, AM and PM in the US', () => {
		useCatalogues(null, 'es');
		try {
			browserLanguages(['es-ES']);
			expect(formatDate('2026-11-22')).toBe('22 de noviembre de 2026');
			expect(formatTime('2026-11-22T21:05:00.000+00:00')).toBe('21:05');
			expect(formatNumber(2000.5)).toBe('2000,5');
			expect(formatList(['Ana', 'Beto', 'Carmen'])).toBe('Ana, Beto y Carmen');
			browserLanguages(['es-US']);
			expect(formatTime('2026-11-22T21:05:00.000+00:00')).toMatch(/^9:05\s?p\.\s?m\.$/);
		} finally {
			useCatalogues(null, 'en');
		}
	});

	test('a stored day is the day written, and a stored wall time the time written, in any zone', () => {
		browserLanguages(['en-GB']);
		// Late at night at -11:00 is already the next day in UTC: still the 22nd at 23:50 as the client saw it.
		expect(formatTime('2026-11-22T23:50:00.000-11:00')).toBe('23:50');
		expect(formatDate('2026-01-01')).toBe('1 January 2026');
	});

	test('numbers and lists', () => {
		browserLanguages(['en-GB']);
		expect(formatNumber(10_000)).toBe('10,000');
		expect(formatList(['Anna', 'Ben', 'Chris'])).toBe('Anna, Ben and Chris');
		expect(formatList(['call', 'text'], 'disjunction')).toBe('call or text');
	});
});
