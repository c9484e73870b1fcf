import { describe, expect, test } from 'vitest';
import { pseudoCatalogue, pseudoText } from '$lib/i18n/pseudo';

describe('the pseudo-locale', () => {
	test('every letter is accented and the text is at least 40 % longer', () => {
		const text = 'Save check-in';
		const pseudo = pseudoText(text);
		expect(pseudo).not.toMatch(/[A-Za-z]/);
		expect([...pseudo].length).toBeGreaterThanOrEqual(Math.ceil(text.length * 1.4));
		expect(pseudo.startsWith('Šááṽéé')).toBe(true);
	});

	test('numbers, punctuation and the values given to a function pass through unchanged', () => {
		const words = pseudoCatalogue({
			left: (n: number) => `${n} characters left`,
			clear: (name: string) => `Clear the rating for ${name}`,
			list: ['One', 'Two'],
			nested: { title: 'Help now' }
		});
		expect(words.left(1200)).toMatch(/^1200 /);
		expect(words.clear('Headache')).toMatch(/Headache/);
		expect(words.clear('Headache').replace('Headache', '')).not.toMatch(/[A-Za-z]/);
		expect(words.list.join(' ')).not.toMatch(/[A-Za-z]/);
		expect(words.nested.title).not.toMatch(/[A-Za-z]/);
	});
});
