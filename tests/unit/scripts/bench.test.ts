import { describe, expect, test } from 'vitest';
import { budgets, judge } from '../../../bench/budgets.js';
import { row } from '../../../bench/lib/report.js';
import { median, percentile } from '../../../bench/lib/stats.js';

describe('benchmark statistics', () => {
	test('median of odd and even counts', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	test('p95 is the nearest rank: of 20 saves, the 19th fastest', () => {
		const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(percentile(twenty, 95)).toBe(19);
		expect(percentile([7], 95)).toBe(7);
		expect(percentile([3, 1, 2], 50)).toBe(2);
	});
});

describe('budgets from DESIGN.md', () => {
	test('first-load JS: at most 80 KiB, 80 itself passes', () => {
		expect(judge(budgets.checkInFirstLoadJs, 1, 60)?.ok).toBe(true);
		expect(judge(budgets.checkInFirstLoadJs, 1, 60.1)?.ok).toBe(false);
	});

	test('saving: p95 under 16 ms at full speed, under 100 ms at 4x CPU slowdown', () => {
		expect(judge(budgets.saveCheckIn, 1, 15.9)?.ok).toBe(true);
		expect(judge(budgets.saveCheckIn, 1, 16)?.ok).toBe(false);
		expect(judge(budgets.saveCheckIn, 4, 99.9)?.ok).toBe(true);
		expect(judge(budgets.saveCheckIn, 4, 100)?.ok).toBe(false);
		expect(judge(budgets.saveCheckIn, 6, 200)).toBeUndefined();
	});

	test('progress: its own bound per CPU slowdown', () => {
		expect(judge(budgets.progressTwoYears, 1, 299)?.ok).toBe(true);
		expect(judge(budgets.progressTwoYears, 1, 300)?.ok).toBe(false);
		expect(judge(budgets.progressTwoYears, 4, 999)?.ok).toBe(true);
	});

	test('Lighthouse scores are lower bounds', () => {
		expect(judge(budgets.lighthousePerformance, 1, 98)?.ok).toBe(true);
		expect(judge(budgets.lighthousePerformance, 1, 97)?.ok).toBe(false);
		expect(judge(budgets.lighthouseAccessibility, 1, 99)?.ok).toBe(false);
	});

	test('a row shows the figure beside its budget and its ratio to the floor', () => {
		const printed = row({
			id: 'x',
			label: 'Save',
			unit: 'ms',
			stat: 'p95',
			cpu: 1,
			value: 60,
			floor: 12,
			budget: budgets.saveCheckIn
		});
		expect(printed).toMatchObject({
			value: '60.0 ms',
			budget: 'p95 < 16 ms',
			floor: '12.0 ms',
			ratio: '5.00x',
			verdict: 'OVER BUDGET'
		});
	});
});
