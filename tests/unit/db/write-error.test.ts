import { describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { classifyWriteError } from '$lib/db/write-error';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyWriteError', () => {
	test.each([
		['the browser’s QuotaExceededError', quota, 'quota'],
		['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota'],
		['an AbortError wrapping the quota error', new Dexie.AbortError('aborted', quota), 'quota'],
		['a bulk error with a quota failure', { name: 'BulkError', failures: [new Error('x'), quota] }, 'quota'],
		['an error whose cause is the quota', new Error('write failed', { cause: quota }), 'quota'],
		['an AbortError of its own', new Dexie.AbortError('aborted'), 'other'],
		['a closed database', new Dexie.DatabaseClosedError(), 'other'],
		['a plain Error', new Error('boom'), 'other'],
		['a string', 'boom', 'other'],
		['nothing', undefined, 'other']
	])('%s is %s', (_label, error, expected) => {
		expect(classifyWriteError(error)).toBe(expected);
	});

	test('an error that contains itself is read once', () => {
		const error: { name: string; inner?: unknown } = { name: 'AbortError' };
		error.inner = error;
		expect(classifyWriteError(error)).toBe('other');
	});
});
