import { describe, expect, test } from 'vitest';
import { BUDGET_BYTES, judgeFirstLoad } from '../../../scripts/check-size.js';

const KIB = 1024;
const load = (js: number) => ({
	route: '/check-in',
	js,
	sizes: [
		{ file: '_app/immutable/chunks/small.js', name: 'i18n', gzip: 2 * KIB },
		{ file: '_app/immutable/chunks/dexie.js', name: 'dexie', gzip: 30 * KIB },
		{ file: '_app/immutable/assets/0.css', gzip: 90 * KIB },
		{ file: '_app/immutable/chunks/svelte.js', name: 'index-client', gzip: 20 * KIB }
	]
});

describe('the first-load size budget', () => {
	test('is the 60 KiB of DESIGN.md', () => {
		expect(BUDGET_BYTES).toBe(60 * KIB);
	});

	test('a first load at the budget passes and says how much it is', () => {
		const verdict = judgeFirstLoad(load(80 * KIB), 80 * KIB);
		expect(verdict.ok).toBe(true);
		expect(verdict.message).toContain('/check-in loads 80.0 KiB of JS (gzip)');
	});

	test('one byte over fails, names the budget and the biggest JS files first, CSS left out', () => {
		const verdict = judgeFirstLoad(load(80 * KIB + 1), 80 * KIB, 2);
		expect(verdict.ok).toBe(false);
		const lines = verdict.message.split('\n');
		expect(lines[0]).toBe(
			'Over the size budget by 0.0 KiB: /check-in loads 80.0 KiB of JS (gzip) before its first render; the budget is 80.0 KiB (DESIGN.md).'
		);
		expect(lines[2]).toContain('30.0 KiB  _app/immutable/chunks/dexie.js (chunk "dexie")');
		expect(lines[3]).toContain('20.0 KiB  _app/immutable/chunks/svelte.js (chunk "index-client")');
		expect(verdict.message).not.toContain('small.js');
		expect(verdict.message).not.toContain('0.css');
	});
});
