import { describe, expect, test } from 'vitest';
import { classifyOpenError } from '$lib/db/open-error';

const named = (name: string, inner?: object) => Object.assign(new Error(name), { name, inner });

describe('why the database would not open', () => {
	test.each([
		[named('MissingAPIError'), 'unavailable'],
		[named('OpenFailedError', named('InvalidStateError')), 'unavailable'],
		[named('OpenFailedError', named('QuotaExceededError')), 'quota'],
		[named('VersionError'), 'newer-version'],
		[named('OpenFailedError', named('VersionError')), 'newer-version'],
		[named('BlockedError'), 'blocked'],
		[named('OpenFailedError'), 'unknown'],
		['a string', 'unknown'],
		[undefined, 'unknown']
	])('%s is explained as %s', (error, problem) => {
		expect(classifyOpenError(error)).toBe(problem);
	});
});
