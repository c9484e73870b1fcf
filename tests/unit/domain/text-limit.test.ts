import { describe, expect, test } from 'vitest';
import { countShown, roomLeft, textLength } from '../../../src/lib/domain/text-limit';

describe('the room a long field has left', () => {
	test('counts characters as a person sees them: an emoji or an accented letter is one', () => {
		expect(textLength('🙂 café')).toBe(6);
		expect(roomLeft('🙂🙂🙂', 10)).toBe(7);
		expect(roomLeft('x'.repeat(12), 10)).toBe(-2);
	});

	test('is said once a tenth or less is left: 1,000 of a 10,000 note, 500 of a 5,000 worksheet field', () => {
		expect(countShown(1001, 10_000)).toBe(false);
		expect(countShown(1000, 10_000)).toBe(true);
		expect(countShown(501, 5000)).toBe(false);
		expect(countShown(500, 5000)).toBe(true);
		expect(countShown(-3, 5000)).toBe(true);
	});

	test('a short field says it for its last 100 characters, not sooner', () => {
		expect(countShown(101, 500)).toBe(false);
		expect(countShown(100, 500)).toBe(true);
	});
});
