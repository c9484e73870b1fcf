import { afterEach, describe, expect, test } from 'vitest';
import {
	dayOfInstant,
	isCalendarDay,
	localDay,
	localInstant,
	nextDayChange,
	partOfDay
} from '$lib/domain/time';

describe('local days and instants', () => {
	test('the day is the local one, not UTC', () => {
		// 23:30 local on 22 November, whatever zone the test machine is in.
		const lateEvening = new Date(2026, 10, 22, 23, 30);
		expect(localDay(lateEvening)).toBe('2026-11-22');
		expect(dayOfInstant(localInstant(lateEvening))).toBe('2026-11-22');
	});

	test('an instant keeps its offset and means the same moment', () => {
		const at = new Date(2026, 2, 29, 1, 15, 7, 9);
		const written = localInstant(at);
		expect(written).toMatch(/^2026-03-29T01:15:07\.009[+-]\d{2}:\d{2}$/);
		expect(new Date(written).getTime()).toBe(at.getTime());
	});

	test.each([
		['2026-02-28', true],
		['2028-02-29', true],
		['2026-02-29', false],
		['2026-13-01', false],
		['26-1-1', false]
	])('%s is a calendar day: %s', (value, ok) => {
		expect(isCalendarDay(value)).toBe(ok);
	});

	test.each([
		[4, 'night'],
		[5, 'morning'],
		[12, 'afternoon'],
		[18, 'evening'],
		[23, 'night']
	] as const)('%i o’clock is %s', (hour, part) => {
		expect(partOfDay(new Date(2026, 0, 1, hour))).toBe(part);
	});
});

describe('when Today’s day or greeting next changes', () => {
	const zone = process.env.TZ;
	afterEach(() => {
		process.env.TZ = zone;
	});

	test.each([
		[new Date(2026, 10, 22, 23, 59, 59, 999), new Date(2026, 10, 23, 0, 0)],
		[new Date(2026, 10, 23, 0, 0), new Date(2026, 10, 23, 5, 0)],
		[new Date(2026, 10, 23, 4, 59), new Date(2026, 10, 23, 5, 0)],
		[new Date(2026, 10, 23, 5, 0), new Date(2026, 10, 23, 12, 0)],
		[new Date(2026, 10, 23, 12, 0), new Date(2026, 10, 23, 18, 0)],
		[new Date(2026, 10, 23, 18, 30), new Date(2026, 10, 23, 23, 0)],
		[new Date(2026, 10, 23, 23, 0), new Date(2026, 10, 24, 0, 0)],
		// The last day of a year and of a month.
		[new Date(2026, 11, 31, 23, 30), new Date(2027, 0, 1, 0, 0)],
		[new Date(2028, 1, 28, 23, 30), new Date(2028, 1, 29, 0, 0)]
	])('after %s: %s', (at, next) => {
		expect(nextDayChange(at)).toEqual(next);
		// Each change is a real one: just before it and at it, the day or the greeting differ.
		const before = new Date(next.getTime() - 1);
		expect([localDay(before), partOfDay(before)]).not.toEqual([localDay(next), partOfDay(next)]);
	});

	test('across a clock change the next midnight is the local one', () => {
		process.env.TZ = 'Europe/London';
		// Clocks go back on 25 October 2026: that day has 25 hours.
		const next = nextDayChange(new Date(2026, 9, 25, 23, 30));
		expect(localInstant(next)).toBe('2026-10-26T00:00:00.000+00:00');
		expect(localDay(new Date(next.getTime() - 1))).toBe('2026-10-25');
	});
});
