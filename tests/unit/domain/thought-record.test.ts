import { describe, expect, test } from 'vitest';
import { messageOf } from '$lib/domain/messages';
import { distortionList, STANDARD_DISTORTIONS, type DistortionRow } from '$lib/domain/worksheets/distortions';
import {
	emptyThoughtRecord,
	expandQuickRecord,
	markHot,
	moodChanges,
	stepIssue,
	ThoughtRecord,
	ThoughtRecordFields
} from '$lib/domain/worksheets/thought-record';
import { WORKSHEET_TEXT_MAX } from '$lib/domain/worksheets/base';
import { Worksheet } from '$lib/domain/worksheets/worksheet';
import { makeQuickThoughtRecord, makeThoughtRecord, NOW } from '../../factories';

const codes = (result: { success: boolean; error?: { issues: Parameters<typeof messageOf>[0][] } }) =>
	result.error?.issues.map((issue) => messageOf(issue).code) ?? [];

describe('thought record schema', () => {
	test('a complete record passes and reads back the same', () => {
		const record = makeThoughtRecord();
		expect(ThoughtRecord.parse(record)).toEqual(record);
		expect(Worksheet.parse(record)).toEqual(record);
	});

	test('ratings are whole numbers from 0 to 100', () => {
		for (const before of [0, 100])
			expect(
				ThoughtRecord.safeParse(makeThoughtRecord({ moods: [{ name: 'Sad', before, after: null }] })).success
			).toBe(true);
		for (const before of [-1, 101, 50.5]) {
			const result = ThoughtRecord.safeParse(
				makeThoughtRecord({ moods: [{ name: 'Sad', before, after: null }] })
			);
			expect(codes(result)).toContain('worksheet.rating');
		}
		expect(codes(ThoughtRecord.safeParse(makeThoughtRecord({ balancedBelief: 101 })))).toContain(
			'worksheet.rating'
		);
	});

	test('past step 3 exactly one thought is hot; before it, none need be', () => {
		const two = [
			{ text: 'a', hot: true, distortions: [] },
			{ text: 'b', hot: true, distortions: [] }
		];
		expect(codes(ThoughtRecord.safeParse(makeThoughtRecord({ thoughts: two, reached: 4 })))).toEqual([
			'worksheet.oneHotThought'
		]);
		const none = two.map((t) => ({ ...t, hot: false }));
		expect(codes(ThoughtRecord.safeParse(makeThoughtRecord({ thoughts: none, reached: 4 })))).toEqual([
			'worksheet.oneHotThought'
		]);
		expect(
			ThoughtRecordFields.safeParse({ ...emptyThoughtRecord(), thoughts: none, reached: 3 }).success
		).toBe(true);
		expect(stepIssue({ thoughts: none }, 3)).toBe('worksheet.oneHotThought');
		expect(stepIssue({ thoughts: markHot(none, 1) }, 3)).toBeUndefined();
		expect(stepIssue({ thoughts: none }, 2)).toBeUndefined();
	});

	test('markHot marks one thought and clears the rest', () => {
		const thoughts = [
			{ text: 'a', hot: true, distortions: [] },
			{ text: 'b', hot: false, distortions: [] }
		];
		expect(markHot(thoughts, 1).map((t) => t.hot)).toEqual([false, true]);
	});

	test('long text is fine up to the generous limit, which says so', () => {
		expect(
			ThoughtRecord.safeParse(makeThoughtRecord({ situation: 'x'.repeat(WORKSHEET_TEXT_MAX) })).success
		).toBe(true);
		const result = ThoughtRecord.safeParse(
			makeThoughtRecord({ situation: 'x'.repeat(WORKSHEET_TEXT_MAX + 1) })
		);
		expect(result.error?.issues.map(messageOf)).toEqual([
			{ code: 'worksheet.textTooLong', values: { max: WORKSHEET_TEXT_MAX } }
		]);
	});

	test('a distortion tag is a standard id or a client id, nothing else', () => {
		const tag = (distortions: string[]) =>
			ThoughtRecord.safeParse(makeThoughtRecord({ thoughts: [{ text: 'x', hot: true, distortions }] }))
				.success;
		expect(tag(['labelling', '50000000-0000-4000-8000-000000000001'])).toBe(true);
		expect(tag(['catastrophising-ish'])).toBe(false);
	});

	test('an edited record keeps its first completion date, and the kind tells the schemas apart', () => {
		const record = makeThoughtRecord({ editedAt: ['2026-11-24T10:00:00.000+00:00'] });
		expect(Worksheet.parse(record)).toMatchObject({ completedAt: NOW, editedAt: record.editedAt });
		expect(Worksheet.safeParse({ ...record, kind: 'no-such-kind' }).success).toBe(false);
		expect(Worksheet.parse(makeQuickThoughtRecord()).kind).toBe('quick-thought-record');
	});
});

describe('mood change', () => {
	test('after minus before, for each re-rated mood in order; unrated moods left out', () => {
		expect(
			moodChanges([
				{ name: 'Sad', before: 80, after: 50 },
				{ name: 'Anxious', before: 60, after: null },
				{ name: 'Hurt', before: 40, after: 40 },
				{ name: 'Angry', before: 10, after: 25 }
			])
		).toEqual([
			{ name: 'Sad', before: 80, after: 50, change: -30 },
			{ name: 'Hurt', before: 40, after: 40, change: 0 },
			{ name: 'Angry', before: 10, after: 25, change: 15 }
		]);
		expect(moodChanges([])).toEqual([]);
	});
});

describe('quick record expansion', () => {
	test('carries every word over into the full record', () => {
		const quick = makeQuickThoughtRecord({
			thought: 'I will mess this up',
			distortions: ['jumping-to-conclusions', 'labelling'],
			challenge: 'I have done this before',
			alternative: 'I may be nervous and still do fine'
		});
		const full = expandQuickRecord(quick);
		expect(full).toEqual({
			...emptyThoughtRecord(),
			thoughts: [
				{ text: 'I will mess this up', hot: true, distortions: ['jumping-to-conclusions', 'labelling'] }
			],
			evidenceAgainst: 'I have done this before',
			balancedThought: 'I may be nervous and still do fine',
			expandedFrom: quick.id
		});
		expect(ThoughtRecordFields.safeParse(full).success).toBe(true);
	});

	test('an empty quick record gives an empty full one', () => {
		expect(expandQuickRecord({ thought: '', distortions: [], challenge: '', alternative: '' })).toEqual(
			emptyThoughtRecord()
		);
	});
});

describe('distortion list', () => {
	const own = (id: string, name: string, createdAt: string): DistortionRow => ({
		id,
		standard: false,
		name,
		description: '',
		hidden: false,
		createdAt,
		updatedAt: createdAt
	});

	test('Burns’s ten are always there, in order, even with no rows', () => {
		const list = distortionList([]);
		expect(list.map((d) => d.id)).toEqual([...STANDARD_DISTORTIONS]);
		expect(list).toHaveLength(10);
		expect(list.every((d) => d.standard && !d.hidden)).toBe(true);
	});

	test('a hidden standard one stays in the list with its flag; the client’s own follow in the order added', () => {
		const list = distortionList([
			own('50000000-0000-4000-8000-000000000002', 'Comparing', '2026-11-23T09:00:00.000+00:00'),
			{ id: 'labelling', standard: true, hidden: true, createdAt: NOW, updatedAt: NOW },
			own('50000000-0000-4000-8000-000000000001', 'Mind-reading at work', '2026-11-22T09:00:00.000+00:00')
		]);
		expect(list).toHaveLength(12);
		expect(list.slice(0, 10).map((d) => d.id)).toEqual([...STANDARD_DISTORTIONS]);
		expect(list.find((d) => d.id === 'labelling')?.hidden).toBe(true);
		expect(list.filter((d) => d.hidden)).toHaveLength(1);
		expect(list.slice(10).map((d) => (d.standard ? d.id : d.name))).toEqual([
			'Mind-reading at work',
			'Comparing'
		]);
	});
});
