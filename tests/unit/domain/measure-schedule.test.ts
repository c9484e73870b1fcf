import { describe, expect, test } from 'vitest';
import { dueInstruments, isDue, nextDueDay } from '$lib/domain/measure-schedule';

describe('the measure schedule', () => {
	test('a measure never taken is offered today', () => {
		expect(nextDueDay('2026-11-22', null, 14)).toBe('2026-11-22');
		expect(isDue('2026-11-22', null, 14)).toBe(true);
	});

	test('every 14 days by default: due on the 14th day after, not before', () => {
		expect(nextDueDay('2026-11-22', '2026-11-08', 14)).toBe('2026-11-22');
		expect(isDue('2026-11-21', '2026-11-08', 14)).toBe(false);
		expect(isDue('2026-11-22', '2026-11-08', 14)).toBe(true);
		expect(isDue('2026-12-30', '2026-11-08', 14)).toBe(true);
	});

	test('counts calendar days across months, years and clock changes', () => {
		expect(nextDueDay('2026-12-20', '2026-12-25', 14)).toBe('2027-01-08');
		expect(nextDueDay('2026-03-20', '2026-03-22', 7)).toBe('2026-03-29');
		expect(nextDueDay('2028-02-20', '2028-02-20', 14)).toBe('2028-03-05');
	});

	test('turned off, nothing is ever due', () => {
		expect(nextDueDay('2026-11-22', null, null)).toBeNull();
		expect(isDue('2026-11-22', '2020-01-01', null)).toBe(false);
		expect(dueInstruments('2026-11-22', { phq9: null, gad7: null }, null)).toEqual([]);
	});

	test('lists what is due, PHQ-9 first', () => {
		expect(dueInstruments('2026-11-22', { phq9: '2026-11-01', gad7: null }, 14)).toEqual(['phq9', 'gad7']);
		expect(dueInstruments('2026-11-22', { phq9: '2026-11-20', gad7: '2026-11-01' }, 14)).toEqual(['gad7']);
	});
});
