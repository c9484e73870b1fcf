// The sample's homework (sample-data.ts): thought records on heavy days once they are taught, quick records in
// between, and stretches of behavioural activation (an activity log through the day, a plan for the next days
// marked done or not). Each worksheet is completed the day it is written, so Progress counts it on that day.
import type { StandardDistortion } from '$lib/domain/worksheets/distortions';
import type { ActivityLog, ActivityPlan, DayBlock } from '$lib/domain/worksheets/activity';
import type { QuickThoughtRecord, ThoughtRecord } from '$lib/domain/worksheets/thought-record';
import type { Random } from '$lib/domain/random';
import { addDays } from '$lib/domain/time';
import { clamp, notAfterEnd, rate, type SampleContext, type SampleDay } from './sample-life';

export type SampleWorksheet = ThoughtRecord | QuickThoughtRecord | ActivityLog | ActivityPlan;

/** The day (index from the start) each worksheet is first assigned: a few weeks into therapy, as in practice. */
const ASSIGNED = { thoughtRecords: 28, activation: 56 };

const SITUATIONS = [
	'My manager moved our one-to-one without saying why.',
	'A friend cancelled dinner an hour before.',
	'I saw photos of a party I was not invited to.',
	'I made a mistake in the report I sent this morning.',
	'My partner was quiet all evening.'
];
const THOUGHTS = [
	'They are going to let me go.',
	'Nobody really wants me around.',
	'I always get things wrong.',
	'I have upset them and they will not tell me.'
];
const BALANCED = [
	'Meetings move all the time, and last month my work was praised. I can ask what it is about.',
	'She said she was exhausted, and she has suggested another day. One cancellation is not everyone.',
	'One mistake in a long report is fixable, and I noticed it myself.'
];
const DISTORTIONS: StandardDistortion[] = [
	'jumping-to-conclusions',
	'overgeneralisation',
	'mental-filter',
	'all-or-nothing',
	'emotional-reasoning'
];
const ACTIVITIES: [DayBlock, string][] = [
	['early-morning', 'Shower and breakfast'],
	['morning', 'Walk to the park'],
	['afternoon', 'Called my sister'],
	['afternoon', 'Tidied the kitchen'],
	['evening', 'Cooked a proper dinner'],
	['evening', 'Read for half an hour']
];
const PLANNED = [
	{ activity: 'Swim at the leisure centre', why: 'Feeling strong' },
	{ activity: 'Coffee with Sam', why: 'Staying close to friends' },
	{ activity: 'Sort the spare room', why: 'A home I like being in' }
];
const BLOCK_MINUTES: Record<DayBlock, number> = {
	'early-morning': 7 * 60,
	morning: 10 * 60,
	afternoon: 14 * 60,
	evening: 19 * 60,
	night: 22 * 60
};

/** Behavioural activation comes in stretches of a few weeks, a few times a year. */
const activationStretch = (index: number) => index >= ASSIGNED.activation && index % 120 < 35;

function thoughtRecord(random: Random, state: SampleDay, at: string): ThoughtRecord {
	const before = Math.round(clamp(state.low * 100 + random.normal(10, 10), 30, 100));
	const after = Math.round(clamp(before - random.normal(25, 12), 0, before));
	return {
		id: random.uuid(),
		kind: 'thought-record',
		situation: random.pick(SITUATIONS),
		moods: [{ name: random.pick(['Anxious', 'Sad', 'Ashamed']), before, after }],
		thoughts: [
			{ text: random.pick(THOUGHTS), hot: true, distortions: [random.pick(DISTORTIONS)] },
			...(random.chance(0.5) ? [{ text: 'I cannot cope with this.', hot: false, distortions: [] }] : [])
		],
		evidenceFor: 'It has happened before.',
		evidenceAgainst: 'Most times it turned out fine, and people have told me so.',
		balancedThought: random.pick(BALANCED),
		balancedBelief: random.int(40, 90),
		reached: 8,
		expandedFrom: null,
		completedAt: at,
		editedAt: [],
		createdAt: at,
		updatedAt: at
	};
}

function quickRecord(random: Random, at: string): QuickThoughtRecord {
	return {
		id: random.uuid(),
		kind: 'quick-thought-record',
		thought: random.pick(THOUGHTS),
		distortions: [random.pick(DISTORTIONS)],
		challenge: 'What would I tell a friend who thought this?',
		alternative: 'I do not know that yet. I can wait and see.',
		completedAt: at,
		editedAt: [],
		createdAt: at,
		updatedAt: at
	};
}

export function sampleWorksheets(ctx: SampleContext): SampleWorksheet[] {
	const random = ctx.random('worksheets');
	const rows: SampleWorksheet[] = [];
	const keep = (row: SampleWorksheet) => {
		if (notAfterEnd(ctx, row.createdAt)) rows.push(row);
	};
	ctx.days.forEach((state, index) => {
		if (!state.engaged) return;
		const load = Math.max(state.low, state.anxious);
		if (index >= ASSIGNED.thoughtRecords && random.chance(0.04 + 0.25 * load)) {
			const at = ctx.instant(state.day, random.int(18 * 60, 22 * 60));
			keep(random.chance(0.6) ? thoughtRecord(random, state, at) : quickRecord(random, at));
		}
		if (!activationStretch(index)) return;
		for (const [block, activity] of ACTIVITIES) {
			if (!random.chance(0.35)) continue;
			const at = ctx.instant(state.day, BLOCK_MINUTES[block] + random.int(30, 150));
			keep({
				id: random.uuid(),
				kind: 'activity-log',
				day: state.day,
				block,
				activity,
				mood: rate(random, 1 - state.low),
				mastery: rate(random, state.energy),
				pleasure: rate(random, clamp(1 - state.low + 0.1)),
				note: '',
				completedAt: at,
				editedAt: [],
				createdAt: at,
				updatedAt: at
			});
		}
		// On Sundays of a stretch, a plan for the week, each marked once its day has passed.
		if (state.weekday !== 0) return;
		const at = ctx.instant(state.day, 20 * 60 + random.int(0, 60));
		for (const [offset, planned] of PLANNED.entries()) {
			const day = addDays(state.day, 2 * offset + 1);
			const due = ctx.days[index + 2 * offset + 1];
			const marked = ctx.instant(day, 21 * 60);
			const status =
				!due || !notAfterEnd(ctx, marked)
					? 'planned'
					: random.chance(0.7 - 0.3 * due.low)
						? 'done'
						: 'not-done';
			const done = status === 'done';
			keep({
				id: random.uuid(),
				kind: 'activity-plan',
				day,
				block: 'afternoon',
				...planned,
				mood: done ? rate(random, 1 - (due?.low ?? 0.5)) : null,
				mastery: null,
				pleasure: done ? random.int(4, 9) : null,
				note: '',
				status,
				completedAt: status === 'planned' ? null : marked,
				editedAt: [],
				createdAt: at,
				updatedAt: status === 'planned' ? at : marked
			});
		}
	});
	return rows;
}
