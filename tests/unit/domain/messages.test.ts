import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstMessage, messagesByField } from '$lib/domain/errors';
import { isMessageCode, MESSAGE_CODES, messageOf } from '$lib/domain/messages';
import { ContactInput } from '$lib/domain/contact';
import { PlanContent } from '$lib/domain/safety-plan.schema';
import { z } from '$lib/domain/zod';
import { makePlanContent } from '../../factories';

describe('messages from the domain are codes with values, never sentences', () => {
	test('a limit travels as a value beside the code', () => {
		const result = ContactInput.safeParse({ name: 'x'.repeat(101), phone: '123', note: 'y'.repeat(501) });
		expect(result.success || messagesByField(result.error)).toEqual({
			name: { code: 'contact.nameTooLong', values: { max: 100 } },
			note: { code: 'contact.noteTooLong', values: { max: 500 } }
		});
		const lines = PlanContent.safeParse(makePlanContent({ helpers: Array(31).fill('a') }));
		expect(lines.success || firstMessage(lines.error)).toEqual({
			code: 'plan.tooManyLines',
			values: { max: 30 }
		});
	});

	test('an issue without a code of ours (a zod default) is "invalid"', () => {
		const result = z.object({ n: z.int() }).safeParse({ n: 'seven' });
		expect(result.success || firstMessage(result.error)).toEqual({ code: 'invalid' });
		expect(messageOf({ code: 'custom', message: 'Some English sentence.', path: [], input: 1 })).toEqual({
			code: 'invalid'
		});
		expect(isMessageCode('checkIn.mood')).toBe(true);
		expect(isMessageCode('Choose how you feel, from 0 to 10.')).toBe(false);
	});

	test('codes are unique', () => {
		expect(new Set(MESSAGE_CODES).size).toBe(MESSAGE_CODES.length);
	});

	// A schema's `error` or a thrown message written as a sentence would reach the client untranslated.
	test('no schema, check or repository in the domain or db writes a sentence of its own', () => {
		const root = resolve(import.meta.dirname, '../../../src/lib');
		const files = ['domain', 'db', 'db/migrations'].flatMap((dir) =>
			readdirSync(join(root, dir))
				.filter((name) => name.endsWith('.ts'))
				.map((name) => join(root, dir, name))
		);
		const sentences = files.flatMap((file) =>
			[
				...readFileSync(file, 'utf8').matchAll(
					/(?:error|message):\s*(['"`])([^'"`]*[a-z]+ [a-z]+[^'"`]*)\1|new Error\((['"`])([^'"`]* [^'"`]*)\3\)/g
				)
			].map((match) => `${file.slice(root.length)}: ${match[0]}`)
		);
		// Developer errors that never reach the screen: a broken invariant in code, not the client's input.
		const forDevelopers = ['random.ts', 'newer schema', "'blocked'"];
		expect(sentences.filter((found) => !forDevelopers.some((allowed) => found.includes(allowed)))).toEqual(
			[]
		);
	});
});
