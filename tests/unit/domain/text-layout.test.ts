import { describe, expect, test } from 'vitest';
import { layoutText, wrapText, type Block, type LayoutOptions } from '$lib/domain/text-layout';

// Every character 10 pixels wide, so widths are easy to reason about.
const measure = (text: string) => [...text].length * 10;
const metrics = { size: 10, lineHeight: 20, before: 10 };
const options: LayoutOptions = {
	width: 120,
	padding: 10,
	styles: { title: metrics, heading: metrics, line: metrics, strong: metrics, note: metrics }
};

describe('wrapping text for an image', () => {
	test.each([
		['short', 100, ['short']],
		['one two three four', 100, ['one two', 'three four']],
		['a  lot   of    spaces', 100, ['a lot of', 'spaces']],
		['abcdefghijklmnop', 50, ['abcde', 'fghij', 'klmno', 'p']],
		['first line\nsecond', 200, ['first line', 'second']],
		['', 100, []]
	])('%j in %i pixels gives %j', (text, width, lines) => {
		expect(wrapText(text, width, measure)).toEqual(lines);
	});

	test('never splits an emoji or accented letter in two', () => {
		expect(wrapText('🌙🌙🌙é', 20, measure)).toEqual(['🌙🌙', '🌙é']);
	});
});

describe('laying out blocks', () => {
	test('an image without a fixed height grows to fit everything', () => {
		const blocks: Block[] = [
			{ style: 'title', text: 'Plan' },
			{ style: 'line', text: 'one two three', bullet: true }
		];
		const layout = layoutText(blocks, options, measure);
		expect(layout.truncated).toBe(false);
		// Bullet and text sit side by side; the wrapped line lines up under the text, not the bullet.
		expect(layout.texts).toEqual([
			{ style: 'title', text: 'Plan', x: 10, y: 10 },
			{ style: 'line', text: '•', x: 10, y: 40 },
			{ style: 'line', text: 'one two', x: 40, y: 40 },
			{ style: 'line', text: 'three', x: 40, y: 60 }
		]);
		expect(layout.height).toBe(90);
	});

	test('a fixed height keeps whole groups, never a heading alone, and says more is in the app', () => {
		const blocks: Block[] = [
			{ style: 'title', text: 'Plan' },
			{ style: 'heading', text: 'A', group: 1 },
			{ style: 'line', text: 'a1', group: 1 },
			{ style: 'heading', text: 'B', group: 2 },
			{ style: 'line', text: 'b1', group: 2 },
			{ style: 'line', text: 'b2', group: 2 }
		];
		const layout = layoutText(blocks, { ...options, height: 170, overflowNote: 'More' }, measure);
		expect(layout.truncated).toBe(true);
		expect(layout.height).toBe(170);
		expect(layout.texts.map((t) => t.text)).toEqual(['Plan', 'A', 'a1', 'More']);
		const roomy = layoutText(blocks, { ...options, height: 400, overflowNote: 'More' }, measure);
		expect(roomy.truncated).toBe(false);
		expect(roomy.texts.map((t) => t.text)).toEqual(['Plan', 'A', 'a1', 'B', 'b1', 'b2']);
	});
});
