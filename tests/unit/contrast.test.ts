import { describe, expect, test } from 'vitest';
import { contrast, over, parseColor } from '../e2e/contrast';

// Reference values from WCAG 2.2's definition of contrast ratio and its Understanding pages.
describe('contrast ratio', () => {
	test('black on white is 21:1, a colour on itself 1:1', () => {
		expect(contrast(parseColor('rgb(0, 0, 0)'), parseColor('rgb(255, 255, 255)'))).toBeCloseTo(21, 5);
		expect(contrast(parseColor('rgb(90, 90, 90)'), parseColor('rgb(90, 90, 90)'))).toBe(1);
	});
	test('#767676 on white is the familiar 4.54:1, #949494 is 3.03:1', () => {
		expect(contrast(parseColor('rgb(118, 118, 118)'), parseColor('rgb(255, 255, 255)'))).toBeCloseTo(4.54, 2);
		expect(contrast(parseColor('rgb(148, 148, 148)'), parseColor('rgb(255, 255, 255)'))).toBeCloseTo(3.03, 2);
	});
	test('a half-transparent black over white is mid grey', () => {
		expect(over(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('rgb(255, 255, 255)'))).toEqual([
			127.5, 127.5, 127.5, 1
		]);
	});
	test('a colour it cannot read is an error, not a pass', () => {
		expect(() => parseColor('color(srgb 1 0 0)')).toThrow(/Not a computed rgb/);
	});
});
