import { describe, expect, test } from 'vitest';
import {
	emptyQuickThoughtRecord,
	emptyThoughtRecord
} from '../../../src/lib/domain/worksheets/thought-record';
import {
	draftKind,
	worksheetText,
	worksheetTitle,
	type Worksheet
} from '../../../src/lib/domain/worksheets/worksheet';

const stamps = {
	id: 'w1',
	completedAt: '2026-12-01T21:00:00.000+00:00',
	editedAt: [],
	createdAt: '2026-12-01T21:00:00.000+00:00',
	updatedAt: '2026-12-01T21:00:00.000+00:00'
};

describe('what the Homework screen reads of each kind', () => {
	const full: Worksheet = {
		...emptyThoughtRecord(),
		...stamps,
		kind: 'thought-record',
		situation: 'At home, late.\nMy sister did not reply.',
		thoughts: [
			{ text: 'She is angry with me', hot: false, distortions: [] },
			{ text: 'Nobody wants me around\nand never will', hot: true, distortions: [] }
		]
	};
	const quick: Worksheet = {
		...emptyQuickThoughtRecord(),
		...stamps,
		kind: 'quick-thought-record',
		thought: 'I will fail the exam',
		alternative: 'I passed the last two'
	};

	test('a full record is listed by the first line of its hot thought; without one, by its situation', () => {
		expect(worksheetTitle('thought-record', full)).toBe('Nobody wants me around');
		expect(worksheetTitle('thought-record', { ...full, thoughts: [] })).toBe('At home, late.');
		expect(worksheetTitle('quick-thought-record', quick)).toBe('I will fail the exam');
	});

	test('every written word can be searched, whichever kind holds it', () => {
		expect(worksheetText(full)).toContain('She is angry with me');
		expect(worksheetText(quick)).toContain('I passed the last two');
	});

	test('a half-written or damaged draft gets no title rather than breaking the list', () => {
		expect(worksheetTitle('thought-record', { thoughts: 'not a list', situation: 4 })).toBe('');
		expect(worksheetTitle('thought-record', null)).toBe('');
		expect(worksheetTitle('quick-thought-record', { thought: '  \n' })).toBe('');
		expect(worksheetTitle('thought-record', { situation: 'Only a situation so far' })).toBe(
			'Only a situation so far'
		);
	});

	test('a draft says its kind; the first thought records’ drafts, which did not, are told by their shape', () => {
		expect(draftKind({ kind: 'quick-thought-record', thought: '' })).toBe('quick-thought-record');
		expect(draftKind({ situation: '', step: 2 })).toBe('thought-record');
		expect(draftKind({ thought: 'x' })).toBe('quick-thought-record');
		expect(draftKind({ kind: 'not-a-kind', situation: '' })).toBe('thought-record');
		expect(draftKind('garbage')).toBe('quick-thought-record');
	});
});
