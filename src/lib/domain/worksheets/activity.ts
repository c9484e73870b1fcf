// Behavioural activation (CLINICAL.md, "Behavioural activation"): an activity log by block of the day (activity,
// mood, mastery and pleasure 0-10), filled in as the day goes, and a plan of valued activities for coming days
// that the client later marks done, with the same ratings, or not done, without blame. Each activity is one
// worksheet row: 'activity-log' for one logged as it happened, 'activity-plan' for one planned ahead.

import { Day } from '../common';
import { msg } from '../messages';
import { searchKey } from '../text-compare';
import { z } from '../zod';
import { worksheetBase } from './base';

/** The blocks of a day an activity is logged or planned in, in the day's order. Words in the catalogue. */
export const DAY_BLOCKS = ['early-morning', 'morning', 'afternoon', 'evening', 'night'] as const;
export type DayBlock = (typeof DAY_BLOCKS)[number];

export const ACTIVITY_NAME_MAX = 200;
export const ACTIVITY_NOTE_MAX = 1000;
export const ACTIVITY_RATING_MAX = 10;

/** Whether a planned activity happened: 'not-done' is a plain fact, never a failure. */
export const PLAN_STATUSES = ['planned', 'done', 'not-done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A rating 0-10, whole numbers; null until the client gives one (every rating is optional). */
const ActivityRating = z._default(
	z.nullable(
		z
			.int({ error: msg('activity.rating') })
			.check(
				z.gte(0, { error: msg('activity.rating') }),
				z.lte(ACTIVITY_RATING_MAX, { error: msg('activity.rating') })
			)
	),
	null
);

/** What the client writes about one activity, logged or planned. */
export const activityFields = {
	day: Day,
	block: z.enum(DAY_BLOCKS, { error: msg('activity.block') }),
	activity: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('activity.nameMissing') }),
			z.maxLength(ACTIVITY_NAME_MAX, { error: msg('activity.nameTooLong') })
		),
	mood: ActivityRating,
	mastery: ActivityRating,
	pleasure: ActivityRating,
	note: z._default(
		z.string().check(z.maxLength(ACTIVITY_NOTE_MAX, { error: msg('activity.noteTooLong') })),
		''
	)
};

/** A planned activity's own fields: why it matters to the client (a value), and whether it happened. */
export const planFields = {
	why: z._default(
		z.string().check(z.maxLength(ACTIVITY_NOTE_MAX, { error: msg('activity.noteTooLong') })),
		''
	),
	status: z._default(z.enum(PLAN_STATUSES), 'planned')
};

export const ActivityLogFields = z.object(activityFields);
export type ActivityLogFields = z.infer<typeof ActivityLogFields>;
export const ActivityPlanFields = z.object({ ...activityFields, ...planFields });
export type ActivityPlanFields = z.infer<typeof ActivityPlanFields>;

export const ActivityLog = z.object({ ...worksheetBase('activity-log'), ...activityFields });
export type ActivityLog = z.infer<typeof ActivityLog>;
export const ActivityPlan = z.object({ ...worksheetBase('activity-plan'), ...activityFields, ...planFields });
export type ActivityPlan = z.infer<typeof ActivityPlan>;
export type Activity = ActivityLog | ActivityPlan;

/** The block a clock time (0-23 h) falls in: 5-9, 9-12, 12-17, 17-21, and night from 21 to 5. */
export function blockAt(hour: number): DayBlock {
	if (hour < 5) return 'night';
	if (hour < 9) return 'early-morning';
	if (hour < 12) return 'morning';
	if (hour < 17) return 'afternoon';
	if (hour < 21) return 'evening';
	return 'night';
}

/** A new log entry's fields, for `day` at `hour`. */
export const emptyActivityLog = (day: string, hour: number): ActivityLogFields => ({
	day,
	block: blockAt(hour),
	activity: '',
	mood: null,
	mastery: null,
	pleasure: null,
	note: ''
});

/** A new plan's fields, for `day` (usually tomorrow) and a block. */
export const emptyActivityPlan = (day: string, block: DayBlock = 'morning'): ActivityPlanFields => ({
	...emptyActivityLog(day, 0),
	block,
	why: '',
	status: 'planned'
});

/** Whether an activity has happened and counts in the log: logged, or planned and marked done. */
export const happened = (row: Activity): boolean => row.kind === 'activity-log' || row.status === 'done';

/** Earliest first: by day, then block of the day, then when written. */
export const byDayAndBlock = (a: Activity, b: Activity): number =>
	a.day.localeCompare(b.day) ||
	DAY_BLOCKS.indexOf(a.block) - DAY_BLOCKS.indexOf(b.block) ||
	a.createdAt.localeCompare(b.createdAt);

/** Planned activities still to mark: the ones not yet marked done or not done, earliest first. */
export const stillPlanned = (rows: readonly Activity[]): ActivityPlan[] =>
	rows
		.filter((row): row is ActivityPlan => row.kind === 'activity-plan' && row.status === 'planned')
		.sort(byDayAndBlock);

/** Activities that happened, or were planned and marked, latest first: the log. */
export const activityLog = (rows: readonly Activity[]): Activity[] =>
	rows
		.filter((row) => row.kind === 'activity-log' || row.status !== 'planned')
		.sort((a, b) => byDayAndBlock(b, a));

/** How many activities with a mood rating the summary waits for, and how often one must recur to be named. */
export const SUMMARY_MIN_RATED = 6;
export const SUMMARY_MIN_TIMES = 2;

/** One activity as it went, over the times it happened with a mood rating. */
export interface ActivityMood {
	/** The activity as the client last wrote it. */
	name: string;
	times: number;
	/** Average mood those times, to one decimal. */
	mood: number;
	/** How far that is above (+) or below (-) the average of every rated activity, to one decimal. */
	difference: number;
}

export interface ActivitySummary {
	/** Activities that happened with a mood rating. */
	rated: number;
	/** Their average mood, to one decimal. */
	mood: number;
	/** Activities done at least SUMMARY_MIN_TIMES times, highest mood first. */
	activities: ActivityMood[];
}

/** The activities the summary counts: ones that happened and have a mood rating. */
export const moodRated = (rows: readonly Activity[]): Activity[] =>
	rows.filter((row) => happened(row) && row.mood !== null);

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * Which activities went with better mood: what happened, not a cause. Only activities that happened and have a
 * mood rating count, the same activity written in another case, accent or spacing counts as one, and until
 * SUMMARY_MIN_RATED ratings there is no summary (null): too few to say anything.
 */
export function activitySummary(rows: readonly Activity[]): ActivitySummary | null {
	const rated = moodRated(rows).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
	if (rated.length < SUMMARY_MIN_RATED) return null;
	const overall = rated.reduce((sum, row) => sum + row.mood!, 0) / rated.length;
	const groups = new Map<string, { name: string; moods: number[] }>();
	for (const row of rated) {
		const key = searchKey(row.activity);
		const group = groups.get(key) ?? { name: row.activity, moods: [] };
		group.name = row.activity.trim();
		group.moods.push(row.mood!);
		groups.set(key, group);
	}
	const activities = [...groups.values()]
		.filter((group) => group.moods.length >= SUMMARY_MIN_TIMES)
		.map((group) => {
			const mood = group.moods.reduce((sum, m) => sum + m, 0) / group.moods.length;
			return {
				name: group.name,
				times: group.moods.length,
				mood: oneDecimal(mood),
				difference: oneDecimal(mood - overall)
			};
		})
		.sort((a, b) => b.mood - a.mood || b.times - a.times || a.name.localeCompare(b.name));
	return { rated: rated.length, mood: oneDecimal(overall), activities };
}

/** All the words of an activity, for searching. */
export const activityText = (r: ActivityLogFields & { why?: string }): string =>
	[r.activity, r.note, r.why ?? ''].join('\n');

/** What an activity is listed by: its name. Takes a half-written draft too. */
export const activityTitle = (r: Partial<ActivityLogFields>): unknown => r.activity;
