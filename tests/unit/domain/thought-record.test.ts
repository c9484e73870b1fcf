import { describe, expect, test } from 'vitest';
import { isValidationError, messagesByField } from '$lib/domain/errors';
import {
	completionOnSave,
	emptyThoughtRecord,
	expandQuickRecord,
	hotThought,
	markHot,
	moodChanges,
	QuickThoughtRecord,
	recordIssues,
	recordMatches,
	stepIssues,
	ThoughtRecord,
	ThoughtRecordInput,
	THOUGHT_RECORD_STEPS,
	type ThoughtRecordInput as Input
} from '$lib/domain/worksheets/thought-record';
import { Worksheet } from '$lib/domain/worksheets/worksheet';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const QUICK_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const AT = '2026-12-01T22:40:00.000+00:00';
const LATER = '2026-12-02T08:05:00.000+01:00';

/** A record as a client fills it in on a hard evening, column by column. */
const filled = (): Input => ({
	...emptyThoughtRecord(),
	situation: 'Sunday night, at home, my friend had not answered my message all day.',
	moods: [
		{ name: 'Anxious', before: 80, after: 45 },
		{ name: 'Sad', before: 60, after: 60 }
	],
	thoughts: [
		{ text: 'She is angry with me.', hot: false, distortions: ['jumping-to-conclusions'] },
		{ text: 'Nobody wants to be my friend.', hot: true, distortions: ['overgeneralisation', 'labelling'] }
	],
	evidenceFor: 'She did not answer.',
	evidenceAgainst: 'She asked me to the cinema last week. She works Sundays.',
	balancedThought: 'She is probably busy; people who dislike me do not invite me out.',
	balancedBelief: 70,
	step: 7
});

describe('the thought record (Greenberger & Padesky: seven columns)', () => {
	test('has the seven steps in Mind Over Mood’s order', () => {
		expect(THOUGHT_RECORD_STEPS).toEqual([
			'situation',
			'moods',
			'thoughts',
			'evidenceFor',
			'evidenceAgainst',
			'balanced',
			'rerate'
		]);
	});

	test('a whole record has no issues; each missing column names its step', () => {
		expect(recordIssues(filled())).toEqual([]);
		const empty = emptyThoughtRecord();
		expect(recordIssues(empty)).toEqual([
			{ step: 'situation', code: 'worksheet.situationMissing' },
			{ step: 'moods', code: 'worksheet.moodMissing' },
			{ step: 'thoughts', code: 'worksheet.thoughtMissing' },
			{ step: 'balanced', code: 'worksheet.balancedMissing' }
		]);
		// Evidence may honestly be empty; a mood not yet re-rated is asked for at step 7.
		const unrated = { ...filled(), moods: [{ name: 'Anxious', before: 80, after: null }] };
		expect(stepIssues(unrated, 'rerate')).toEqual(['worksheet.rerateMissing']);
		expect(stepIssues({ ...filled(), evidenceFor: '' }, 'evidenceFor')).toEqual([]);
	});

	test('the hot thought is the one marked, or the only one written; two written and none marked asks', () => {
		expect(hotThought(filled())?.text).toBe('Nobody wants to be my friend.');
		const single = { thoughts: [{ text: 'I will fail.', hot: false, distortions: [] }] };
		expect(hotThought(single)?.text).toBe('I will fail.');
		const two = { ...filled(), thoughts: markHot(filled().thoughts, -1) };
		expect(hotThought(two)).toBeUndefined();
		expect(stepIssues(two, 'thoughts')).toEqual(['worksheet.hotThoughtMissing']);
		expect(markHot(filled().thoughts, 0).map((t) => t.hot)).toEqual([true, false]);
	});

	test('only one thought can be hot, and ratings stay within 0-100', () => {
		const twoHot = { ...filled(), thoughts: filled().thoughts.map((t) => ({ ...t, hot: true })) };
		const result = ThoughtRecordInput.safeParse(twoHot);
		expect(result.success).toBe(false);
		if (!result.success) expect(messagesByField(result.error).thoughts?.code).toBe('worksheet.oneHotThought');
		for (const before of [-1, 101, 50.5]) {
			const bad = { ...filled(), moods: [{ name: 'Anxious', before, after: null }] };
			expect(ThoughtRecordInput.safeParse(bad).success).toBe(false);
		}
		for (const before of [0, 100]) {
			const edge = { ...filled(), moods: [{ name: 'Anxious', before, after: before }] };
			expect(ThoughtRecordInput.safeParse(edge).success).toBe(true);
		}
		const unnamed = { ...filled(), moods: [{ name: '   ', before: 50, after: null }] };
		expect(ThoughtRecordInput.safeParse(unnamed).success).toBe(false);
	});

	test('long text is kept up to 5,000 characters, and refused past it with the limit in the message', () => {
		const long = 'ä'.repeat(5000);
		expect(ThoughtRecordInput.parse({ ...filled(), situation: long }).situation).toBe(long);
		try {
			ThoughtRecordInput.parse({ ...filled(), situation: long + 'x' });
			expect.unreachable();
		} catch (error) {
			expect(isValidationError(error)).toBe(true);
			if (isValidationError(error))
				expect(messagesByField(error).situation).toEqual({
					code: 'worksheet.textTooLong',
					values: { max: 5000 }
				});
		}
	});

	test('the mood change is after minus before, per mood; unrated moods are left out', () => {
		expect(moodChanges(filled())).toEqual([
			{ name: 'Anxious', before: 80, after: 45, change: -35 },
			{ name: 'Sad', before: 60, after: 60, change: 0 }
		]);
		const partly = { moods: [...filled().moods, { name: 'Ashamed', before: 30, after: null }] };
		expect(moodChanges(partly).map((m) => m.name)).toEqual(['Anxious', 'Sad']);
		expect(moodChanges({ moods: [{ name: 'Angry', before: 10, after: 40 }] })[0]?.change).toBe(30);
	});

	test('a first finish dates the record; a later save keeps that date and records the edit', () => {
		expect(completionOnSave(undefined, false, AT)).toEqual({ completedAt: null, editedAt: [] });
		const first = completionOnSave(undefined, true, AT);
		expect(first).toEqual({ completedAt: AT, editedAt: [] });
		expect(completionOnSave(first, true, LATER)).toEqual({ completedAt: AT, editedAt: [LATER] });
		expect(completionOnSave({ completedAt: AT, editedAt: [LATER] }, false, LATER)).toEqual({
			completedAt: AT,
			editedAt: [LATER, LATER]
		});
		// A draft saved again before it is finished is no edit.
		expect(completionOnSave({ completedAt: null, editedAt: [] }, false, LATER)).toEqual({
			completedAt: null,
			editedAt: []
		});
	});

	test('search finds any column, without regard to case or accents', () => {
		expect(recordMatches(filled(), 'CINEMA')).toBe(true);
		expect(recordMatches(filled(), 'anxious')).toBe(true);
		expect(recordMatches({ ...filled(), evidenceFor: 'Le café était fermé' }, 'cafe etait')).toBe(true);
		expect(recordMatches(filled(), 'holiday')).toBe(false);
		expect(recordMatches(filled(), '')).toBe(true);
	});
});

describe('the quick record, and its growth into a full one', () => {
	const quick = QuickThoughtRecord.parse({
		id: QUICK_ID,
		kind: 'quick-thought-record',
		thought: 'I ruin everything.',
		distortions: ['all-or-nothing', 'labelling'],
		challenge: 'I burnt the rice; the rest of dinner was fine.',
		alternative: 'I made a mistake with one dish.',
		completedAt: AT,
		createdAt: AT,
		updatedAt: AT
	});

	test('carries the thought (as the hot one, with its distortions), the challenge and the alternative over', () => {
		const full = expandQuickRecord(quick);
		expect(full.thoughts).toEqual([
			{ text: 'I ruin everything.', hot: true, distortions: ['all-or-nothing', 'labelling'] }
		]);
		expect(full.evidenceAgainst).toBe(quick.challenge);
		expect(full.balancedThought).toBe(quick.alternative);
		expect(full.expandedFrom).toBe(QUICK_ID);
		expect(full.situation).toBe('');
		expect(full.step).toBe(0);
		expect(quick.distortions).toEqual(['all-or-nothing', 'labelling']);
	});

	test('every kind is one worksheet record, told apart by kind; an unknown kind is refused', () => {
		const full = ThoughtRecord.parse({
			...filled(),
			id: ID,
			kind: 'thought-record',
			completedAt: AT,
			createdAt: AT,
			updatedAt: AT
		});
		expect(Worksheet.parse(full)).toEqual(full);
		expect(Worksheet.parse(quick)).toEqual(quick);
		expect(full.editedAt).toEqual([]);
		expect(Worksheet.safeParse({ ...quick, kind: 'diary' }).success).toBe(false);
		expect(Worksheet.safeParse({ ...full, moods: 'lots' }).success).toBe(false);
	});
});
