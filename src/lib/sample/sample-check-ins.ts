// Sample check-ins and the client's lists of symptoms and tags (see sample-data.ts).
import { SYMPTOM_PRESETS, TAG_PRESETS, type TagKind, type TagPreset } from '$lib/domain/check-in-presets';
import type { CheckIn, Symptom, Tag } from '$lib/domain/check-in';
import type { Random } from '$lib/domain/random';
import { clamp, notAfterEnd, rate, type SampleContext, type SampleDay } from './sample-life';

/** A custom symptom added about a year in, and irritability archived later: history must keep both. */
const CUSTOM_SYMPTOM = { name: 'Racing thoughts', afterDays: 300 };
const ARCHIVED_SYMPTOM = { preset: 'irritability' as const, share: 0.6 };

export function sampleSymptoms(ctx: SampleContext): Symptom[] {
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

export function sampleTags(ctx: SampleContext): Tag[] {
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

export function sampleCheckIns(
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
