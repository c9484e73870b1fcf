import { describe, expect, test } from 'vitest';
import { dayOfInstant, isCalendarDay, localDay, localInstant, partOfDay } from '$lib/domain/time';

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
