import { describe, expect, test } from 'vitest';
import {
	addDays,
	endOfRepeat,
	isTimeZone,
	minuteOfDay,
	offsetMinutesAt,
	wallTimeOccurrences,
	wallTimeToUtcMs
} from '$lib/domain/zoned-time';

describe('wall-clock times in a named zone', () => {
	test.each([
		['00:00', 0],
		['07:05', 425],
		['23:59', 1439],
		['24:00', null],
		['7:05', null],
		['12:60', null],
		['', null]
	] as const)('%s is minute %s of the day', (time, minute) => {
		expect(minuteOfDay(time)).toBe(minute);
	});

	test('offsets follow the zone, not the machine', () => {
		expect(offsetMinutesAt(Date.parse('2026-01-15T12:00:00Z'), 'Europe/London')).toBe(0);
		expect(offsetMinutesAt(Date.parse('2026-07-15T12:00:00Z'), 'Europe/London')).toBe(60);
		expect(offsetMinutesAt(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
		expect(offsetMinutesAt(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
	});

	test('a wall time becomes the instant it happened', () => {
		expect(wallTimeToUtcMs('2026-07-15', 7 * 60, 'Europe/London')).toBe(Date.parse('2026-07-15T06:00:00Z'));
		expect(wallTimeToUtcMs('2026-01-15', 7 * 60, 'Europe/London')).toBe(Date.parse('2026-01-15T07:00:00Z'));
		expect(wallTimeToUtcMs('2026-03-29', 0, 'Europe/London')).toBe(Date.parse('2026-03-29T00:00:00Z'));
		expect(wallTimeToUtcMs('2026-03-29', 3 * 60, 'Europe/London')).toBe(Date.parse('2026-03-29T02:00:00Z'));
	});

	test('days add across months and years', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
		expect(addDays('2026-03-29', -7)).toBe('2026-03-22');
	});

	test('only real zones are zones', () => {
		expect(isTimeZone('Europe/London')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});

	test('a time the clocks went back over comes round twice; a skipped or ordinary one once', () => {
		const iso = (ms: number[]) => ms.map((at) => new Date(at).toISOString());
		// London, 25 October 2026: 01:30 BST (00:30 UTC), then 01:30 GMT (01:30 UTC).
		expect(iso(wallTimeOccurrences('2026-10-25', 90, 'Europe/London'))).toEqual([
			'2026-10-25T00:30:00.000Z',
			'2026-10-25T01:30:00.000Z'
		]);
		// New York, 1 November 2026: 01:30 EDT (05:30 UTC), then 01:30 EST (06:30 UTC).
		expect(iso(wallTimeOccurrences('2026-11-01', 90, 'America/New_York'))).toEqual([
			'2026-11-01T05:30:00.000Z',
			'2026-11-01T06:30:00.000Z'
		]);
		// 02:00 comes round once: the repeated stretch ends there, in both zones.
		expect(wallTimeOccurrences('2026-10-25', 120, 'Europe/London')).toHaveLength(1);
		const [first, second] = wallTimeOccurrences('2026-10-25', 90, 'Europe/London') as [number, number];
		expect(endOfRepeat(first, second, 90, 'Europe/London')).toBe(120);
		const [ny1, ny2] = wallTimeOccurrences('2026-11-01', 70, 'America/New_York') as [number, number];
		expect(endOfRepeat(ny1, ny2, 70, 'America/New_York')).toBe(120);
		// Skipped (London, 29 March 2026, 01:30) and ordinary times: once.
		expect(iso(wallTimeOccurrences('2026-03-29', 90, 'Europe/London'))).toEqual(['2026-03-29T01:30:00.000Z']);
		expect(wallTimeOccurrences('2026-11-22', 90, 'Europe/London')).toHaveLength(1);
	});
});
