// Sample coping-skill records (see sample-data.ts): the skills a therapist teaches one by one over the first
// months, practices on harder days with distress rated before and after (a mean drop near 1.4, as PTSD Coach
// reports, PMC9006138), the push-button memory bank and a thought-stopping plan, and the sleep checklist and
// Consensus Sleep Diary kept in stretches, as a therapist assigns them.
import {
	BODY_SCAN_MINUTES,
	BODY_SCAN_REGIONS,
	BREATHING_MINUTES,
	BREATHING_PATTERN_IDS,
	breathCount,
	breathSeconds,
	countsBreaths,
	FOUR_SEVEN_EIGHT_BREATHS
} from '$lib/domain/practice-steps';
import { isFilledInLater } from '$lib/domain/check-in';
import type { Random } from '$lib/domain/random';
import { clamp, notAfterEnd, type SampleContext, type SampleDay } from './sample-life';
import type { Memory, Practice, SkillPrefs, StopPlan } from '$lib/domain/skills.schema';
import type { SkillId } from '$lib/domain/skills';
import { checkSleepDiary, SLEEP_QUALITIES } from '$lib/domain/sleep-diary';
import { STANDARD_HABITS, nightOf } from '$lib/domain/sleep-hygiene';
import type { SleepCheck, SleepDiary, SleepHabit } from '$lib/domain/sleep.schema';

/** The day (from the start of therapy) each skill is taught; practice starts after. */
const TAUGHT: Record<SkillId, number> = {
	breathing: 14,
	grounding: 40,
	'sleep-hygiene': 60,
	'thought-stopping': 90,
	'push-button': 120,
	'body-scan': 150
};
/** How often each taught skill is the one reached for. */
const WEIGHT: Record<SkillId, number> = {
	breathing: 5,
	grounding: 3,
	'sleep-hygiene': 1,
	'thought-stopping': 2,
	'push-button': 1,
	'body-scan': 2
};

const MEMORIES = [
	{ title: 'Beach at Tenby', details: 'Warm sand, Dad laughing, chips on the harbour wall.' },
	{ title: 'First flat', details: 'The day I got the keys and sat on the floor with takeaway.' },
	{ title: "Gran's garden", details: 'Tomatoes, the smell of the greenhouse, her radio.' },
	{ title: 'Finishing the 10k', details: '' }
];

const GROUNDING = {
	see: ['the lamp, my mug, the window, a plant, my shoes', 'clouds, a bus, the blue door, a dog, leaves'],
	touch: ['the sofa, my sleeve, the cold mug, my hair', 'the desk, my keys, the chair, my watch'],
	hear: ['traffic, the fridge, a bird', 'rain, the radiator, someone upstairs'],
	smell: ['coffee, soap', 'rain, toast'],
	taste: ['mint', 'tea']
} as const;

const CUSTOM_HABIT = 'No news after 9 pm';

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minutes: number) => {
	const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
	return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
};

/** The day index a skill was taught, or none when the sample is shorter. */
const taughtOn = (ctx: SampleContext, skill: SkillId) => ctx.days[TAUGHT[skill]];

export function sampleMemories(ctx: SampleContext): Memory[] {
	const random = ctx.random('memories');
	const start = taughtOn(ctx, 'push-button');
	if (!start) return [];
	return MEMORIES.map((memory, i) => {
		const at = ctx.instant(ctx.days[TAUGHT['push-button'] + i * 20]?.day ?? start.day, 20 * 60 + i);
		return { id: random.uuid(), ...memory, createdAt: at, updatedAt: at };
	}).filter((memory) => notAfterEnd(ctx, memory.createdAt));
}

export function sampleStopPlans(ctx: SampleContext): StopPlan[] {
	const random = ctx.random('stopPlans');
	const start = taughtOn(ctx, 'thought-stopping');
	if (!start) return [];
	const at = ctx.instant(start.day, 17 * 60);
	return [
		{
			id: random.uuid(),
			thought: 'I always mess things up.',
			cue: 'Stop, and snap the band on my wrist',
			replacement: 'Name one thing I did fine today, then put the kettle on.',
			createdAt: at,
			updatedAt: at
		}
	];
}

export function sampleSleepHabits(ctx: SampleContext): SleepHabit[] {
	const random = ctx.random('sleepHabits');
	const start = taughtOn(ctx, 'sleep-hygiene');
	if (!start) return [];
	const at = ctx.instant(start.day, 21 * 60);
	const standard = STANDARD_HABITS.filter((h) => h !== 'alcohol' && h !== 'bed-for-sleep');
	return [
		...standard.map((habit, order) => ({ id: random.uuid(), standard: habit, label: '', order })),
		{ id: random.uuid(), standard: null, label: CUSTOM_HABIT, order: standard.length }
	].map((habit) => ({ ...habit, createdAt: at, updatedAt: at }));
}

export function sampleSkillPrefs(ctx: SampleContext): SkillPrefs[] {
	const favourites: SkillId[] = ['breathing', 'grounding'];
	return favourites
		.filter((skill) => taughtOn(ctx, skill))
		.map((skill) => {
			const at = ctx.instant((taughtOn(ctx, skill) as SampleDay).day, 20 * 60);
			return {
				skill,
				favourite: true,
				sound: false,
				vibrate: false,
				...(skill === 'breathing' ? { pattern: 'box' as const, minutes: 2 } : {}),
				createdAt: at,
				updatedAt: at
			};
		});
}

/** Whether a sleep stretch (diary and checklist) is running: the first weeks after it is taught, then a few weeks twice a year. */
function sleepStretch(index: number): boolean {
	const from = TAUGHT['sleep-hygiene'];
	if (index < from) return false;
	if (index < from + 56) return true;
	return (index - from) % 182 < 28;
}

export function sampleSleepChecks(ctx: SampleContext, made: { sleepHabits: SleepHabit[] }): SleepCheck[] {
	const random = ctx.random('sleepChecks');
	const checks: SleepCheck[] = [];
	ctx.days.forEach((state, index) => {
		if (!sleepStretch(index) || !state.engaged || !random.chance(0.75)) return;
		const done = made.sleepHabits.filter(() => random.chance(0.35 + 0.5 * state.sleep)).map((h) => h.id);
		const at = ctx.instant(state.day, random.int(21 * 60 + 30, 23 * 60 + 30));
		if (!notAfterEnd(ctx, at)) return;
		checks.push({ night: nightOf(state.day, 22), done, createdAt: at, updatedAt: at });
	});
	return checks;
}

/**
 * One night as the person would write it the morning after `day`'s night: bedtime later on Fridays and
 * Saturdays, longer to fall asleep and more waking when anxious, and a quality that follows the night.
 */
function diaryNight(random: Random, night: SampleDay, morning: SampleDay) {
	const weekend = night.weekday === 5 || night.weekday === 6;
	const inBed = 22 * 60 + 50 + (weekend ? 50 : 0) + random.normal(0, 25);
	const tried = inBed + random.int(0, 35);
	const sol = Math.max(0, Math.round(8 + 60 * night.anxious * night.anxious + random.normal(0, 8)));
	const awakenings = Math.max(0, Math.round(0.5 + 3 * (1 - morning.sleep) + random.normal(0, 0.8)));
	const waso = awakenings === 0 ? 0 : Math.max(1, Math.round(awakenings * (6 + 20 * (1 - morning.sleep))));
	const wake =
		24 * 60 + 6 * 60 + 50 + (morning.weekday === 0 || morning.weekday === 6 ? 70 : 0) + random.normal(0, 20);
	const outOfBed = wake + random.int(2, 40);
	const quality = SLEEP_QUALITIES[Math.round(clamp(morning.sleep * 4 + random.normal(0, 0.5), 0, 4))];
	return { inBed, tried, sol, awakenings, waso, wake, outOfBed, quality };
}

export function sampleSleepDiary(ctx: SampleContext): SleepDiary[] {
	const random = ctx.random('sleepDiary');
	const diary: SleepDiary[] = [];
	ctx.days.forEach((morning, index) => {
		const night = ctx.days[index - 1];
		// Filled in within an hour of getting up; a missed night stays blank (CLINICAL.md).
		if (!night || !sleepStretch(index) || !morning.engaged || !random.chance(0.8)) return;
		const n = diaryNight(random, night, morning);
		const entry = {
			id: random.uuid(),
			day: morning.day,
			timeZone: ctx.options.timeZone,
			inBed: clock(n.inBed),
			triedToSleep: clock(n.tried),
			solMinutes: n.sol,
			awakenings: n.awakenings,
			wasoMinutes: n.waso,
			finalAwakening: clock(n.wake),
			outOfBed: clock(n.outOfBed),
			quality: random.chance(0.9) ? (n.quality ?? null) : null,
			comments: random.chance(0.15)
				? random.pick(['Neighbours loud.', 'Woke with a headache.', 'Slept through!'])
				: ''
		};
		const at = ctx.instant(morning.day, (n.outOfBed % 1440) + random.int(5, 55));
		// A night the person's own numbers make impossible is one they would be asked to correct: leave it out.
		if (!checkSleepDiary(entry).ok || !notAfterEnd(ctx, at)) return;
		diary.push({ ...entry, filledInLater: isFilledInLater(entry.day, at), createdAt: at, updatedAt: at });
	});
	return diary;
}

function pickSkill(random: Random, taught: SkillId[]): SkillId {
	const total = taught.reduce((sum, skill) => sum + WEIGHT[skill], 0);
	let roll = random.next() * total;
	for (const skill of taught) {
		roll -= WEIGHT[skill];
		if (roll < 0) return skill;
	}
	return taught[0] as SkillId;
}

export function samplePractices(
	ctx: SampleContext,
	made: { memories: Memory[]; stopPlans: StopPlan[]; sleepHabits: SleepHabit[] }
): Practice[] {
	const random = ctx.random('practices');
	const practices: Practice[] = [];
	ctx.days.forEach((state, index) => {
		const taught = (Object.keys(TAUGHT) as SkillId[]).filter((skill) => index > TAUGHT[skill]);
		const load = Math.max(state.anxious, state.low);
		if (!taught.length || !state.engaged || !random.chance(0.08 + 0.45 * load)) return;
		const skill = pickSkill(random, taught);
		const minutes = random.chance(0.6) ? random.int(19 * 60, 23 * 60) : random.int(8 * 60, 18 * 60);
		const startedAt = ctx.instant(state.day, minutes);
		const before = Math.round(clamp(load * 10 + random.normal(0.5, 1.2), 1, 10));
		const after = Math.round(clamp(before - random.normal(1.4, 1.2), 0, 10));
		const rated = random.chance(0.93);
		let details: Practice['details'];
		let seconds: number;
		if (skill === 'breathing') {
			const pattern = random.pick(BREATHING_PATTERN_IDS);
			const length = random.pick(BREATHING_MINUTES);
			const count = countsBreaths(pattern) ? FOUR_SEVEN_EIGHT_BREATHS[0] : undefined;
			const full = breathCount(pattern, { minutes: length, count });
			const breaths = random.chance(0.85) ? full : random.int(1, full);
			details = { pattern, minutes: length, breaths, ...(count && { count }) };
			seconds = breaths * breathSeconds(pattern);
		} else if (skill === 'body-scan') {
			const length = random.pick(BODY_SCAN_MINUTES);
			const steps = random.chance(0.8)
				? BODY_SCAN_REGIONS.length
				: random.int(2, BODY_SCAN_REGIONS.length - 1);
			details = { minutes: length, stepsCompleted: steps };
			seconds = Math.round((length * 60 * steps) / BODY_SCAN_REGIONS.length);
		} else if (skill === 'grounding') {
			details = Object.fromEntries(
				Object.entries(GROUNDING).map(([sense, answers]) => [sense, random.pick(answers)])
			) as Extract<Practice, { skill: 'grounding' }>['details'];
			seconds = random.int(90, 420);
		} else if (skill === 'thought-stopping') {
			const plan = made.stopPlans[0];
			details = {
				thought: plan?.thought ?? '',
				cue: plan?.cue ?? 'Stop',
				replacement: plan?.replacement ?? ''
			};
			seconds = random.int(20, 150);
		} else if (skill === 'push-button') {
			const memory = made.memories.length ? random.pick(made.memories) : undefined;
			const skipped = random.chance(0.3);
			details = {
				memoryId: memory?.id ?? null,
				memoryTitle: memory?.title ?? '',
				feelings: {
					pleasant: random.pick(['Warm, lighter', 'Calmer', 'A smile']),
					unpleasant: skipped ? '' : random.pick(['Tight chest', 'Heavy', 'Annoyed again']),
					'pleasant-again': random.pick(['Lighter than before', 'Settled', 'Warm']),
					reflect: random.chance(0.5) ? 'Where my attention goes, the feeling follows.' : ''
				},
				skippedUnpleasant: skipped
			};
			seconds = random.int(180, 600);
		} else {
			details = { done: made.sleepHabits.filter(() => random.chance(0.6)).map((h) => h.id) };
			seconds = random.int(300, 1800);
		}
		const ended = ctx.instant(state.day, minutes + seconds / 60);
		if (!notAfterEnd(ctx, ended)) return;
		practices.push({
			id: random.uuid(),
			skill,
			day: state.day,
			startedAt,
			durationSeconds: seconds,
			distressBefore: rated ? before : null,
			distressAfter: rated ? after : null,
			note: random.chance(0.1) ? random.pick(['Helped a bit.', 'Hard to focus.', 'Did it on the bus.']) : '',
			details,
			createdAt: ended,
			updatedAt: ended
		} as Practice);
	});
	return practices;
}
