import { describe, expect, test } from 'vitest';
import { messageOf } from '$lib/domain/messages';
import {
	ActivityLog,
	ActivityPlan,
	activityLog,
	activitySummary,
	blockAt,
	emptyActivityLog,
	emptyActivityPlan,
	stillPlanned,
	type Activity
} from '$lib/domain/worksheets/activity';
import { Worksheet, worksheetText, worksheetTitle } from '$lib/domain/worksheets/worksheet';

const codes = (result: { success: boolean; error?: { issues: Parameters<typeof messageOf>[0][] } }) =>
	result.error?.issues.map((issue) => messageOf(issue).code) ?? [];

let count = 0;
/** A stored activity; each made later than the one before. */
function activity(fields: Partial<Activity> & { kind?: Activity['kind'] }): Activity {
	count += 1;
	const at = `2026-11-${String(count).padStart(2, '0')}T12:00:00.000+00:00`;
	const base = {
		id: `00000000-0000-4000-8000-${String(count).padStart(12, '0')}`,
		completedAt: at,
		editedAt: [],
		createdAt: at,
		updatedAt: at
	};
	if (fields.kind === 'activity-plan')
		return { ...base, ...emptyActivityPlan('2026-11-20'), activity: 'Swim', ...fields } as Activity;
	return {
		...base,
		kind: 'activity-log',
		...emptyActivityLog('2026-11-20', 10),
		activity: 'Walk',
		...fields
	} as Activity;
}

describe('activity schema', () => {
	test('a logged activity needs its name; the ratings, 0 to 10 in whole numbers, are each optional', () => {
		const row = activity({ activity: 'Walk to the shop', mood: 6, mastery: null, pleasure: 10 });
		expect(ActivityLog.parse(row)).toEqual(row);
		expect(Worksheet.parse(row)).toEqual(row);
		expect(codes(ActivityLog.safeParse({ ...row, activity: '   ' }))).toEqual(['activity.nameMissing']);
		expect(codes(ActivityLog.safeParse({ ...row, mood: 11 }))).toEqual(['activity.rating']);
		expect(codes(ActivityLog.safeParse({ ...row, mastery: -1 }))).toEqual(['activity.rating']);
		expect(codes(ActivityLog.safeParse({ ...row, pleasure: 7.5 }))).toEqual(['activity.rating']);
		expect(codes(ActivityLog.safeParse({ ...row, block: 'lunch' }))).toEqual(['activity.block']);
		expect(codes(ActivityLog.safeParse({ ...row, activity: 'x'.repeat(201) }))).toEqual([
			'activity.nameTooLong'
		]);
	});

	test('a plan starts as planned, and can be marked done or not done', () => {
		const plan = ActivityPlan.parse({ ...activity({ kind: 'activity-plan' }), status: undefined });
		expect(plan.status).toBe('planned');
		for (const status of ['done', 'not-done'] as const)
			expect(ActivityPlan.parse({ ...plan, status }).status).toBe(status);
		expect(ActivityPlan.safeParse({ ...plan, status: 'failed' }).success).toBe(false);
	});

	test('the block of the day follows the clock: night until 5, then 5-9, 9-12, 12-17, 17-21, night from 21', () => {
		expect([0, 4, 5, 8, 9, 11, 12, 16, 17, 20, 21, 23].map(blockAt)).toEqual([
			'night',
			'night',
			'early-morning',
			'early-morning',
			'morning',
			'morning',
			'afternoon',
			'afternoon',
			'evening',
			'evening',
			'night',
			'night'
		]);
	});

	test('listed and searched by what was done, its note and why it mattered', () => {
		const plan = activity({ kind: 'activity-plan', activity: 'Call Gran', why: 'Family matters to me' });
		expect(worksheetTitle('activity-plan', plan)).toBe('Call Gran');
		expect(worksheetText(plan)).toContain('Family matters to me');
		expect(worksheetTitle('activity-log', { activity: 42 })).toBe('');
	});
});

describe('the plan and the log', () => {
	test('still planned: only plans not yet marked, earliest day and block first', () => {
		const later = activity({ kind: 'activity-plan', day: '2026-11-22', block: 'morning' });
		const evening = activity({ kind: 'activity-plan', day: '2026-11-21', block: 'evening' });
		const morning = activity({ kind: 'activity-plan', day: '2026-11-21', block: 'early-morning' });
		const done = activity({ kind: 'activity-plan', day: '2026-11-20', status: 'done' });
		const logged = activity({ day: '2026-11-20' });
		expect(stillPlanned([later, evening, done, morning, logged]).map((row) => row.id)).toEqual([
			morning.id,
			evening.id,
			later.id
		]);
		// The log: what happened or was marked (done, or not done), latest first.
		const notDone = activity({ kind: 'activity-plan', day: '2026-11-23', status: 'not-done' });
		expect(activityLog([later, done, logged, notDone]).map((row) => row.id)).toEqual([
			notDone.id,
			logged.id,
			done.id
		]);
	});
});

describe('which activities went with better mood', () => {
	test('nothing to say under six rated activities', () => {
		const five = [7, 8, 6, 4, 5].map((mood) => activity({ mood }));
		expect(activitySummary(five)).toBeNull();
		// Unrated, not done or still planned do not count towards the six.
		const more = [
			activity({ mood: null }),
			activity({ kind: 'activity-plan', status: 'not-done', mood: 9 }),
			activity({ kind: 'activity-plan', status: 'planned', mood: 9 })
		];
		expect(activitySummary([...five, ...more])).toBeNull();
	});

	test('averages by activity, the same one however it is written, against the overall average', () => {
		const rows = [
			activity({ activity: 'Walk', mood: 7 }),
			activity({ activity: 'walk ', mood: 8 }),
			activity({ activity: 'TV', mood: 4 }),
			activity({ activity: 'TV', mood: 5 }),
			activity({ activity: 'Call Gran', mood: 9 }),
			activity({ kind: 'activity-plan', activity: 'Swim', status: 'done', mood: 8 }),
			activity({ kind: 'activity-plan', activity: 'Swim', status: 'not-done', mood: null }),
			activity({ kind: 'activity-plan', activity: 'Swim', status: 'planned' }),
			activity({ kind: 'activity-plan', activity: 'Swim', status: 'done', mood: 6 }),
			activity({ activity: 'Cook', mood: null }),
			activity({ activity: 'Wálk', mood: 6 })
		];
		// Rated and happened: 7, 8, 4, 5, 9, 8, 6, 6: 53 / 8 = 6.625.
		// Walk 7, 8, 6 = 7.0 (+0.375); Swim 8, 6 = 7.0 (+0.375); TV 4, 5 = 4.5 (-2.125); Call Gran once: not named.
		expect(activitySummary(rows)).toEqual({
			rated: 8,
			mood: 6.6,
			activities: [
				{ name: 'Wálk', times: 3, mood: 7, difference: 0.4 },
				{ name: 'Swim', times: 2, mood: 7, difference: 0.4 },
				{ name: 'TV', times: 2, mood: 4.5, difference: -2.1 }
			]
		});
	});
});
