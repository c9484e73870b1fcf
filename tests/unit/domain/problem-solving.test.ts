import { describe, expect, test } from 'vitest';
import { messageOf } from '$lib/domain/messages';
import {
	chosenOption,
	emptyProblemSolving,
	PROBLEM_SOLVING_STEPS,
	PROBLEM_SUMMARY_STEP,
	planProgress,
	problemStepIssue,
	reopenStep,
	REVIEW_STEP,
	reviewDue,
	type ProblemSolvingFields
} from '$lib/domain/worksheets/problem-solving';
import { Worksheet, worksheetText, worksheetTitle } from '$lib/domain/worksheets/worksheet';

const codes = (result: { success: boolean; error?: { issues: Parameters<typeof messageOf>[0][] } }) =>
	result.error?.issues.map((issue) => messageOf(issue).code) ?? [];

const stamps = {
	id: '00000000-0000-4000-8000-000000000001',
	completedAt: '2026-12-01T21:00:00.000+00:00',
	editedAt: [],
	createdAt: '2026-12-01T21:00:00.000+00:00',
	updatedAt: '2026-12-01T21:00:00.000+00:00'
};

const worksheet = (fields: Partial<ProblemSolvingFields> = {}): ProblemSolvingFields => ({
	...emptyProblemSolving(),
	problem: 'I keep putting off calling the landlord about the leak.\nThe ceiling is getting worse.',
	goal: 'A repair date is set',
	options: [
		{ id: 'o1', text: 'Call tomorrow at 9', pros: 'Quick', cons: 'Calls make me anxious' },
		{ id: 'o2', text: 'Email tonight', pros: 'I can write it calmly', cons: 'Slower reply' }
	],
	chosen: 'o2',
	plan: [
		{ id: 's1', text: 'Find the email address', done: true },
		{ id: 's2', text: 'Write three sentences', done: true },
		{ id: 's3', text: 'Send before 8 pm', done: false }
	],
	reviewOn: '2026-12-05',
	...fields
});

describe('problem solving: the schema', () => {
	test('a whole worksheet is a valid Worksheet, with the steps in the published order', () => {
		expect(PROBLEM_SOLVING_STEPS).toEqual(['problem', 'options', 'weigh', 'choose', 'plan', 'review']);
		const parsed = Worksheet.safeParse({ ...worksheet(), ...stamps, kind: 'problem-solving' });
		expect(parsed.success).toBe(true);
	});

	test('the chosen option must be one of the options', () => {
		const parsed = Worksheet.safeParse({
			...worksheet({ chosen: 'gone' }),
			...stamps,
			kind: 'problem-solving'
		});
		expect(codes(parsed)).toEqual(['problem.noChoice']);
	});

	test('an empty option or plan step, a wrong outcome or review day is refused with its own message', () => {
		const parsed = Worksheet.safeParse({
			...worksheet({
				options: [{ id: 'o1', text: '   ', pros: '', cons: '' }],
				chosen: null,
				// @ts-expect-error: a value no form writes
				outcome: 'great',
				reviewOn: '2026-02-30'
			}),
			...stamps,
			kind: 'problem-solving'
		});
		expect(codes(parsed).sort()).toEqual(['day.invalid', 'invalid', 'problem.lineMissing']);
		const long = Worksheet.safeParse({
			...worksheet({ plan: [{ id: 's1', text: 'x'.repeat(301), done: false }] }),
			...stamps,
			kind: 'problem-solving'
		});
		expect(long.error?.issues.map(messageOf)).toEqual([
			{ code: 'problem.lineTooLong', values: { max: 300 } }
		]);
	});
});

describe('problem solving: the steps', () => {
	test('each step says what it still needs; weighing and looking back never hold the client', () => {
		const empty = emptyProblemSolving();
		expect(problemStepIssue(empty, 1)).toBe('problem.missing');
		expect(problemStepIssue({ ...empty, problem: '  ' }, 1)).toBe('problem.missing');
		expect(problemStepIssue(worksheet(), 1)).toBeUndefined();
		expect(problemStepIssue({ ...worksheet(), options: [] }, 2)).toBe('problem.noOptions');
		expect(problemStepIssue({ ...worksheet(), options: [] }, 3)).toBeUndefined();
		expect(problemStepIssue({ ...worksheet(), chosen: null }, 4)).toBe('problem.noChoice');
		expect(problemStepIssue({ ...worksheet(), chosen: 'removed' }, 4)).toBe('problem.noChoice');
		expect(problemStepIssue({ ...worksheet(), plan: [] }, 5)).toBe('problem.noPlan');
		expect(problemStepIssue(emptyProblemSolving(), 6)).toBeUndefined();
	});

	test('a saved plan reopens at looking back until it has an outcome, then at the summary', () => {
		expect(REVIEW_STEP).toBe(6);
		expect(reopenStep(worksheet())).toBe(REVIEW_STEP);
		expect(reopenStep(worksheet({ outcome: 'better' }))).toBe(PROBLEM_SUMMARY_STEP);
	});

	test('the look back is due from its day on (at once without one), and no longer once it has an outcome', () => {
		expect(reviewDue(worksheet(), '2026-12-04')).toBe(false);
		expect(reviewDue(worksheet(), '2026-12-05')).toBe(true);
		expect(reviewDue(worksheet({ reviewOn: null }), '2026-12-01')).toBe(true);
		expect(reviewDue(worksheet({ outcome: 'not-yet' }), '2026-12-09')).toBe(false);
	});

	test('the plan’s progress counts the steps done; the chosen option is found by its id', () => {
		expect(planProgress(worksheet().plan)).toEqual({ done: 2, total: 3 });
		expect(planProgress([])).toEqual({ done: 0, total: 0 });
		expect(chosenOption(worksheet())?.text).toBe('Email tonight');
		expect(chosenOption(worksheet({ chosen: null }))).toBeUndefined();
	});

	test('it is listed by the first line of its problem, and every word it holds can be searched', () => {
		const row: Worksheet = {
			...worksheet({ review: 'Writing first made it easier' }),
			...stamps,
			kind: 'problem-solving'
		};
		expect(worksheetTitle('problem-solving', row)).toBe(
			'I keep putting off calling the landlord about the leak.'
		);
		for (const words of ['repair date', 'Calls make me anxious', 'Send before 8 pm', 'made it easier'])
			expect(worksheetText(row)).toContain(words);
		expect(worksheetTitle('problem-solving', { problem: 7 })).toBe('');
	});
});
