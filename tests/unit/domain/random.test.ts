import { describe, expect, test } from 'vitest';
import { seededRandom } from '$lib/domain/random';

const draw = (seed: number | string, n = 5) => {
	const random = seededRandom(seed);
	return Array.from({ length: n }, () => random.next());
};

describe('seeded randomness', () => {
	test('the same seed gives the same sequence; another seed another', () => {
		expect(draw(42)).toEqual(draw(42));
		expect(draw('between')).toEqual(draw('between'));
		expect(draw(42)).not.toEqual(draw(43));
	});

	test('the sequence is pinned, so sample data stays the same across versions and machines', () => {
		const random = seededRandom(1);
		expect([random.int(0, 1000), random.int(0, 1000), random.int(0, 1000)]).toEqual(PINNED);
	});

	test('numbers stay in range and cover it', () => {
		const random = seededRandom('range');
		const ints = Array.from({ length: 2000 }, () => random.int(3, 7));
		expect(Math.min(...ints)).toBe(3);
		expect(Math.max(...ints)).toBe(7);
		const floats = Array.from({ length: 2000 }, () => random.next());
		expect(floats.every((x) => x >= 0 && x < 1)).toBe(true);
		const mean = floats.reduce((a, b) => a + b, 0) / floats.length;
		expect(mean).toBeGreaterThan(0.45);
		expect(mean).toBeLessThan(0.55);
	});

	test('normal draws have about the asked mean and spread', () => {
		const random = seededRandom('normal');
		const xs = Array.from({ length: 4000 }, () => random.normal(10, 2));
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
		expect(mean).toBeGreaterThan(9.9);
		expect(mean).toBeLessThan(10.1);
		expect(sd).toBeGreaterThan(1.9);
		expect(sd).toBeLessThan(2.1);
	});

	test('uuids are valid version-4 UUIDs and do not repeat', () => {
		const random = seededRandom('ids');
		const ids = Array.from({ length: 1000 }, () => random.uuid());
		for (const id of ids)
			expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('a fork depends on the seed and its label only, not on what the parent drew', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		b.next();
		b.next();
		expect(a.fork('checkIns').next()).toBe(b.fork('checkIns').next());
		expect(a.fork('checkIns').next()).not.toBe(a.fork('measures').next());
	});

	test('picking from an empty list is an error, not undefined', () => {
		expect(() => seededRandom(1).pick([])).toThrow('empty');
	});
});

const PINNED = [832, 123, 827];
