// Realistic, reproducible sample data: years of a person's check-ins, measures and more, for the benchmark, tests
// and screenshots. The same options always give the same records (a seeded generator, no clock of its own).
//
// One model of a life sits behind every record kind, so the records agree with each other the way a real
// person's do: a depressive episode lowers mood, raises the PHQ-9 and worsens sleep at the same time. Each kind
// has its own generator and its own random stream, so a capability adds its generator without changing the
// data the others make.
import { SYMPTOM_PRESETS, TAG_PRESETS, type TagKind, type TagPreset } from './check-in-presets';
import type { CheckIn, Symptom, Tag } from './check-in';
import { itemCount, scoreMeasure, type Answer, type Instrument, type MeasureResponse } from './measures';
import { seededRandom, type Random } from './random';
import { addDays } from './time';

export interface SampleOptions {
	/** Any number or string; the same seed gives the same data. */
	seed: number | string;
	/** The last day with data, YYYY-MM-DD (the caller's today). */
	endDay: string;
	/** How far back the data goes, in years (fractions allowed). */
	years: number;
	/** Nothing is written after this many minutes into `endDay` (the caller's time of day); default the whole day. */
	endMinute?: number;
	/** The UTC offset written into instants, like "+01:00". */
	offset?: string;
}

/** How one day went, each from 0 (not at all) to 1 (very), drawn once and read by every generator. */
export interface SampleDay {
	readonly day: string;
	readonly weekday: number;
	/** Depressive load: low mood, little interest, heaviness. */
	readonly low: number;
	readonly anxious: number;
	readonly sleep: number;
	readonly energy: number;
	readonly irritable: number;
	/** The person is using the app these days (people go quiet for days or weeks, then come back). */
	readonly engaged: boolean;
}

export interface SampleContext {
	readonly options: Readonly<Required<SampleOptions>>;
	readonly days: readonly SampleDay[];
	/** An independent random stream for one generator. */
	random(label: string): Random;
	/** The instant `minutes` after midnight of `day` (may run into the next day), with the sample's offset. */
	instant(day: string, minutes: number): string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Midnight UTC of a calendar day: for its weekday and its place in the year, whatever the local clocks do. */
const toUtc = (day: string) =>
	Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const DAY_MS = 86_400_000;
const clamp = (value: number, min = 0, max = 1) => Math.min(max, Math.max(min, value));

// ---- the life behind the numbers ----

/**
 * One state per day. Depressive load starts high (the person has just started therapy), eases over the first
 * months, dips in winter and at the start of the week, and comes back in episodes of weeks; anxiety follows it
 * partly and has stressful stretches of its own; sleep and energy follow both. Day-to-day noise is correlated
 * (AR(1)), as moods are. Engagement switches between stretches of use and quiet gaps.
 */
function simulateDays(first: string, count: number, random: Random): SampleDay[] {
	const days: SampleDay[] = [];
	let episodeLeft = 0;
	let episodeLength = 0;
	let episodeDepth = 0;
	let stressLeft = 0;
	let lowNoise = 0;
	let anxiousNoise = 0;
	let engaged = true;
	for (let i = 0; i < count; i += 1) {
		const day = addDays(first, i);
		const weekday = new Date(toUtc(day)).getUTCDay();
		const yearPhase =
			(toUtc(day) - Date.UTC(new Date(toUtc(day)).getUTCFullYear(), 0, 15)) / (365.25 * DAY_MS);
		if (episodeLeft === 0 && random.chance(1 / 200)) {
			episodeLength = episodeLeft = random.int(21, 75);
			episodeDepth = 0.15 + random.next() * 0.25;
		}
		const episode =
			episodeLeft > 0
				? episodeDepth * Math.sin((Math.PI * (episodeLength - episodeLeft)) / episodeLength)
				: 0;
		if (episodeLeft > 0) episodeLeft -= 1;
		if (stressLeft === 0 && random.chance(1 / 110)) stressLeft = random.int(4, 20);
		const stress = stressLeft > 0 ? 0.22 : 0;
		if (stressLeft > 0) stressLeft -= 1;
		lowNoise = 0.75 * lowNoise + random.normal(0, 0.05);
		anxiousNoise = 0.7 * anxiousNoise + random.normal(0, 0.06);
		const therapy = 0.22 * Math.exp(-i / 120);
		const winter = 0.07 * Math.cos(2 * Math.PI * yearPhase);
		const monday = weekday === 1 ? 0.03 : weekday === 0 || weekday === 6 ? -0.03 : 0;
		const low = clamp(0.3 + therapy + winter + monday + episode + lowNoise);
		const anxious = clamp(0.32 + 0.45 * (low - 0.3) + stress + anxiousNoise);
		const sleep = clamp(0.68 - 0.55 * (low - 0.3) - 0.35 * (anxious - 0.35) + random.normal(0, 0.1));
		const energy = clamp(0.62 - 0.6 * (low - 0.3) + 0.25 * (sleep - 0.6) + random.normal(0, 0.07));
		const irritable = clamp(0.22 + 0.35 * anxious + 0.25 * (0.6 - sleep) + random.normal(0, 0.07));
		// Quiet gaps: mostly a few days, sometimes weeks; deep lows make a gap more likely.
		engaged = engaged ? !random.chance(0.03 + 0.05 * Math.max(0, low - 0.6)) : random.chance(0.18);
		days.push({ day, weekday, low, anxious, sleep, energy, irritable, engaged });
	}
	return days;
}

/** The day states and helpers every generator reads. */
export function sampleContext(options: SampleOptions): SampleContext {
	const full = { endMinute: 24 * 60 - 1, offset: '+00:00', ...options };
	const count = Math.max(1, Math.round(full.years * 365.25));
	const first = addDays(full.endDay, -(count - 1));
	const root = seededRandom(full.seed);
	const days = simulateDays(first, count, root.fork('days'));
	return {
		options: full,
		days,
		random: (label) => root.fork(label),
		instant: (day, minutes) => {
			const whole = Math.floor(minutes);
			const onDay = addDays(day, Math.floor(whole / (24 * 60)));
			const inDay = ((whole % (24 * 60)) + 24 * 60) % (24 * 60);
			const seconds = Math.floor((minutes - whole) * 60);
			return `${onDay}T${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}:${pad(seconds)}.000${full.offset}`;
		}
	};
}

/** Whether an instant written by `instant` is not after the end of the sample (same format and offset). */
const notAfterEnd = (ctx: SampleContext, at: string) =>
	at <= ctx.instant(ctx.options.endDay, ctx.options.endMinute);

/** A 0-10 rating from a 0-1 state, with a person's wobble. */
const rate = (random: Random, level: number, wobble = 0.8) =>
	Math.round(clamp(level * 10 + random.normal(0, wobble), 0, 10));

// ---- symptoms and tags: the client's own lists ----

/** A custom symptom added about a year in, and irritability archived later: history must keep both. */
const CUSTOM_SYMPTOM = { name: 'Racing thoughts', afterDays: 300 };
const ARCHIVED_SYMPTOM = { preset: 'irritability' as const, share: 0.6 };

function sampleSymptoms(ctx: SampleContext): Symptom[] {
	const random = ctx.random('symptoms');
	const first = ctx.days[0]?.day ?? ctx.options.endDay;
	const created = ctx.instant(first, 8 * 60);
	const symptoms: Symptom[] = SYMPTOM_PRESETS.map((preset, order) => ({
		id: random.uuid(),
		name: '',
		preset,
		order,
		archived: false,
		createdAt: created,
		updatedAt: created
	}));
	const archiveDay = ctx.days[Math.floor(ctx.days.length * ARCHIVED_SYMPTOM.share)];
	const archived = symptoms.find((s) => s.preset === ARCHIVED_SYMPTOM.preset);
	if (archiveDay && archived && ctx.days.length > 60) {
		archived.archived = true;
		archived.updatedAt = ctx.instant(archiveDay.day, 20 * 60);
	}
	const addDay = ctx.days[CUSTOM_SYMPTOM.afterDays];
	if (addDay) {
		const at = ctx.instant(addDay.day, 19 * 60);
		symptoms.push({
			id: random.uuid(),
			name: CUSTOM_SYMPTOM.name,
			preset: null,
			order: symptoms.length,
			archived: false,
			createdAt: at,
			updatedAt: at
		});
	}
	return symptoms;
}

const CUSTOM_TAGS: readonly { name: string; kind: TagKind }[] = [
	{ name: 'Walk', kind: 'activity' },
	{ name: 'Partner', kind: 'people' },
	{ name: 'Deadline', kind: 'context' },
	{ name: 'Cooking', kind: 'activity' }
];

function sampleTags(ctx: SampleContext): Tag[] {
	const random = ctx.random('tags');
	const first = ctx.days[0]?.day ?? ctx.options.endDay;
	const created = ctx.instant(first, 8 * 60);
	const tags: Tag[] = (Object.keys(TAG_PRESETS) as TagPreset[]).map((preset, order) => ({
		id: random.uuid(),
		name: '',
		preset,
		kind: TAG_PRESETS[preset],
		order,
		archived: false,
		createdAt: created,
		updatedAt: created
	}));
	CUSTOM_TAGS.forEach((tag, i) => {
		const day = ctx.days[20 + i * 90];
		if (!day) return;
		const at = ctx.instant(day.day, 21 * 60);
		tags.push({
			id: random.uuid(),
			...tag,
			preset: null,
			order: tags.length,
			archived: false,
			createdAt: at,
			updatedAt: at
		});
	});
	return tags;
}

// ---- check-ins ----

const NOTES = {
	low: [
		'Heavy morning. Stayed in bed until 11.',
		'Cancelled on Sam again. Felt bad about it.',
		'Everything feels slow today.',
		'Cried after the call with Mum.',
		'Hard to get going. Did the dishes at least.'
	],
	anxious: [
		'Chest tight before the meeting.',
		'Kept checking my phone all evening.',
		'Worried about the deadline, could not switch off.',
		'Woke at 4 with my mind racing.'
	],
	good: [
		'Walk by the river helped.',
		'Good talk with my sister.',
		'Cooked a proper dinner. Small win.',
		'Slept well for once.',
		'Therapy today: talked about the thought record.'
	],
	other: [
		'Nothing much to say.',
		'Busy day at work.',
		'Tired but okay.',
		'Rain all day. 🌧️',
		'يوم هادئ في البيت',
		'Long day. ' +
			'Started well, then the train was cancelled and I spent an hour on the platform. Noticed the old ' +
			'"everything goes wrong for me" thought and wrote it down to look at on Thursday.'
	]
} as const;

/** Minutes after midnight for each of a day's check-ins: evening first, then morning, midday, late night. */
const SLOTS: readonly (readonly [number, number])[] = [
	[19 * 60, 22 * 60 + 30],
	[7 * 60, 9 * 60 + 30],
	[12 * 60, 14 * 60],
	[23 * 60, 23 * 60 + 55],
	[16 * 60, 17 * 60 + 30]
];

function checkInsPerDay(random: Random, state: SampleDay): number {
	if (!state.engaged || random.chance(0.12)) return 0;
	const roll = random.next() - 0.25 * (state.anxious - 0.35);
	if (roll < 0.04) return 4;
	if (roll < 0.12) return 3;
	if (roll < 0.5) return 2;
	return 1;
}

function noteFor(random: Random, state: SampleDay): string {
	if (!random.chance(0.25)) return '';
	if (state.low > 0.55) return random.pick(NOTES.low);
	if (state.anxious > 0.55) return random.pick(NOTES.anxious);
	if (state.low < 0.3 && random.chance(0.6)) return random.pick(NOTES.good);
	return random.pick(NOTES.other);
}

function tagsFor(random: Random, state: SampleDay, tags: readonly Tag[], day: string): string[] {
	const live = tags.filter((t) => t.createdAt.slice(0, 10) <= day && !t.archived);
	const chosen = live.filter((tag) => {
		const name = tag.preset ?? tag.name;
		const weekend = state.weekday === 0 || state.weekday === 6;
		if (name === 'therapy') return state.weekday === 2 && random.chance(0.8);
		if (name === 'work') return !weekend && random.chance(0.5);
		if (name === 'exercise' || name === 'Walk') return random.chance(0.35 * (1 - state.low));
		if (name === 'friends' || name === 'family') return random.chance(weekend ? 0.3 : 0.1);
		if (name === 'Deadline') return random.chance(0.25 * state.anxious);
		return random.chance(0.08);
	});
	return chosen.map((tag) => tag.id);
}

function sampleCheckIns(
	ctx: SampleContext,
	{ symptoms, tags }: { symptoms: Symptom[]; tags: Tag[] }
): CheckIn[] {
	const random = ctx.random('checkIns');
	const levels: Record<string, (s: SampleDay) => number> = {
		anxiety: (s) => s.anxious,
		'low-mood': (s) => s.low,
		'sleep-quality': (s) => s.sleep,
		energy: (s) => s.energy,
		irritability: (s) => s.irritable
	};
	const entries: CheckIn[] = [];
	ctx.days.forEach((state, index) => {
		const count = checkInsPerDay(random, state);
		const slots = SLOTS.slice(0, count)
			.map(([from, to]) => random.int(from, to) + random.next())
			.sort((a, b) => a - b);
		// Now and then a missed day is filled in the next morning.
		const next = ctx.days[index + 1];
		if (count === 0 && state.engaged && next?.engaged && random.chance(0.3))
			slots.push(24 * 60 + random.int(7 * 60, 10 * 60));
		for (const minutes of slots) {
			const at = ctx.instant(state.day, minutes);
			if (!notAfterEnd(ctx, at)) continue;
			const ratings: Record<string, number> = {};
			for (const symptom of symptoms) {
				const since = symptom.createdAt.slice(0, 10) <= state.day;
				const until = !symptom.archived || state.day < symptom.updatedAt.slice(0, 10);
				if (!since || !until || !random.chance(0.9)) continue;
				const level = symptom.preset
					? (levels[symptom.preset]?.(state) ?? 0.5)
					: clamp(state.anxious * 0.8 + 0.1);
				ratings[symptom.id] = rate(random, level);
			}
			const edited = random.chance(0.02);
			entries.push({
				id: random.uuid(),
				day: state.day,
				mood: rate(random, 1 - state.low, 0.7),
				ratings,
				tagIds: tagsFor(random, state, tags, state.day),
				note: noteFor(random, state),
				at,
				filledInLater: minutes >= 24 * 60,
				createdAt: at,
				updatedAt: edited ? ctx.instant(state.day, minutes + random.int(2, 90)) : at
			});
		}
	});
	return entries;
}

// ---- PHQ-9 and GAD-7, every two weeks ----

/** Answers (0-3) whose total follows `level` (0-1), item by item with a person's wobble. */
function answersFor(
	random: Random,
	count: number,
	level: number,
	itemLevel: (item: number) => number = () => level
) {
	return Array.from(
		{ length: count },
		(_, item) => Math.round(clamp(itemLevel(item) * 3.4 - 0.2 + random.normal(0, 0.45), 0, 3)) as Answer
	);
}

/** Mean of `pick` over the 14 days up to `index`: both measures ask about the last two weeks. */
const twoWeeks = (days: readonly SampleDay[], index: number, pick: (s: SampleDay) => number) => {
	const window = days.slice(Math.max(0, index - 13), index + 1);
	return window.reduce((sum, s) => sum + pick(s), 0) / window.length;
};

function sampleMeasureResponses(ctx: SampleContext): MeasureResponse[] {
	const random = ctx.random('measureResponses');
	const responses: MeasureResponse[] = [];
	const instruments: Instrument[] = ['phq9', 'gad7'];
	let due = 0;
	for (let index = 0; index < ctx.days.length; index += 1) {
		const state = ctx.days[index] as SampleDay;
		// Due every 14 days; done on the first engaged day from then, often a day or two late.
		if (index < due || !state.engaged || random.chance(0.35)) continue;
		due = index + 14;
		const low = twoWeeks(ctx.days, index, (s) => s.low);
		const anxious = twoWeeks(ctx.days, index, (s) => s.anxious);
		const sleep = twoWeeks(ctx.days, index, (s) => s.sleep);
		const energy = twoWeeks(ctx.days, index, (s) => s.energy);
		const minutes = random.int(18 * 60, 22 * 60);
		for (const [n, instrument] of instruments.entries()) {
			const at = ctx.instant(state.day, minutes + n * 4);
			if (!notAfterEnd(ctx, at)) continue;
			const level = instrument === 'phq9' ? low : anxious;
			const answers = answersFor(random, itemCount(instrument), level, (item) => {
				if (instrument !== 'phq9') return level;
				if (item === 2) return 1 - sleep;
				if (item === 3) return 1 - energy;
				// Item 9 only in the deepest weeks, and then not always.
				if (item === 8) return low > 0.62 && random.chance(0.5) ? 0.35 : 0;
				return level;
			});
			const score = scoreMeasure(instrument, answers);
			const difficulty = random.chance(0.1)
				? null
				: (Math.min(3, Math.floor(score.total / 6)) as 0 | 1 | 2 | 3);
			responses.push({
				id: random.uuid(),
				instrument,
				day: state.day,
				at,
				answers,
				difficulty,
				...score,
				createdAt: at,
				updatedAt: at
			});
		}
	}
	return responses;
}

// ---- all of it ----

/**
 * Every record kind's generator, keyed by its Dexie table, in the order they run; each may read the tables made
 * before it. A capability adds its own here.
 */
export const sampleGenerators = {
	symptoms: (ctx: SampleContext) => sampleSymptoms(ctx),
	tags: (ctx: SampleContext) => sampleTags(ctx),
	checkIns: (ctx: SampleContext, made: { symptoms: Symptom[]; tags: Tag[] }) => sampleCheckIns(ctx, made),
	measureResponses: (ctx: SampleContext) => sampleMeasureResponses(ctx)
};

export type SampleData = { [K in keyof typeof sampleGenerators]: ReturnType<(typeof sampleGenerators)[K]> };

/** Generates every record kind for `options`: the same options always give the same records. */
export function generateSampleData(options: SampleOptions): SampleData {
	const ctx = sampleContext(options);
	const made: Record<string, unknown[]> = {};
	for (const [table, generate] of Object.entries(sampleGenerators))
		made[table] = (generate as (ctx: SampleContext, made: unknown) => unknown[])(ctx, made);
	return made as SampleData;
}
