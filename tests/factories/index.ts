import type { CheckIn, Symptom, Tag } from '$lib/domain/check-in';
import type { DetailsOf, Practice, PracticeOf } from '$lib/domain/skills.schema';
import type { SleepDiary } from '$lib/domain/sleep.schema';
import type { Contact } from '$lib/domain/contact';
import {
	itemCount,
	scoreMeasure,
	type Answer,
	type Instrument,
	type MeasureResponse
} from '$lib/domain/measures';
import { emptyContent, type PlanContent } from '$lib/domain/safety-plan';
import type { QuickThoughtRecord, ThoughtRecord } from '$lib/domain/worksheets/thought-record';

let sequence = 0;
const uuid = () => {
	sequence += 1;
	return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
};

export const NOW = '2026-11-22T09:30:00.000+00:00';

/** A valid contact; override what the test is about. */
export const makeContact = (overrides: Partial<Contact> = {}): Contact => ({
	id: uuid(),
	name: 'Alex',
	phone: '07700 900123',
	kind: 'person',
	canText: true,
	note: '',
	order: 0,
	createdAt: NOW,
	updatedAt: NOW,
	...overrides
});

/** A fresh database name per test, so tests never share state. */
export const freshDbName = () => `between-test-${crypto.randomUUID()}`;

// Check-ins and measures. Each factory makes a valid record; the series helpers make realistic, repeatable
// sample data (a seeded sequence, no Math.random) for history, charts, exports and benchmarks.

/** A valid tracked symptom (a custom one unless `preset` is given). */
export const makeSymptom = (overrides: Partial<Symptom> = {}): Symptom => ({
	id: uuid(),
	name: 'Headache',
	preset: null,
	order: 0,
	archived: false,
	createdAt: NOW,
	updatedAt: NOW,
	...overrides
});

/** A valid tag. */
export const makeTag = (overrides: Partial<Tag> = {}): Tag => ({
	id: uuid(),
	name: 'Yoga',
	preset: null,
	kind: 'activity',
	order: 0,
	archived: false,
	createdAt: NOW,
	updatedAt: NOW,
	...overrides
});

/** A valid check-in written on its own day; pass `day` and `at` together to move it. */
export const makeCheckIn = (overrides: Partial<CheckIn> = {}): CheckIn => {
	const at = overrides.at ?? NOW;
	const day = overrides.day ?? at.slice(0, 10);
	return {
		id: uuid(),
		day,
		at,
		mood: 6,
		ratings: {},
		tagIds: [],
		note: '',
		filledInLater: day < at.slice(0, 10),
		createdAt: at,
		updatedAt: at,
		...overrides
	};
};

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so sample data is the same every run. */
export function seeded(seed = 1): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * `days` days of check-ins ending on `lastDay`, `perDay` each (morning first), with moods that drift gently and
 * ratings for the given symptoms: sample data for the history, progress charts and exports.
 */
export function makeCheckInSeries({
	lastDay = '2026-11-22',
	days = 30,
	perDay = 1,
	symptoms = [] as readonly Symptom[],
	tags = [] as readonly Tag[],
	seed = 7,
	offset = '+00:00'
} = {}): CheckIn[] {
	const random = seeded(seed);
	const [y, m, d] = lastDay.split('-').map(Number) as [number, number, number];
	const out: CheckIn[] = [];
	let mood = 5;
	for (let back = days - 1; back >= 0; back -= 1) {
		const date = new Date(Date.UTC(y, m - 1, d - back));
		const day = date.toISOString().slice(0, 10);
		for (let i = 0; i < perDay; i += 1) {
			mood = Math.min(10, Math.max(0, Math.round(mood + (random() - 0.5) * 3)));
			const hour = 8 + Math.floor((12 / perDay) * i);
			const at = `${day}T${pad2(hour)}:${pad2(Math.floor(random() * 60))}:00.000${offset}`;
			const ratings: Record<string, number> = {};
			for (const symptom of symptoms) if (random() > 0.3) ratings[symptom.id] = Math.floor(random() * 11);
			const tagIds = tags.filter(() => random() > 0.7).map((tag) => tag.id);
			out.push(makeCheckIn({ day, at, mood, ratings, tagIds, note: random() > 0.8 ? 'A walk helped.' : '' }));
		}
	}
	return out;
}

/** A valid, correctly scored measure response from its answers (PHQ-9 unless `instrument` says otherwise). */
export function makeMeasureResponse(
	overrides: Partial<MeasureResponse> & { answers?: Answer[] } = {}
): MeasureResponse {
	const instrument = overrides.instrument ?? 'phq9';
	const answers = overrides.answers ?? (new Array(itemCount(instrument)).fill(1) as Answer[]);
	const at = overrides.at ?? NOW;
	return {
		id: uuid(),
		instrument,
		day: at.slice(0, 10),
		at,
		answers,
		difficulty: null,
		...scoreMeasure(instrument, answers),
		createdAt: at,
		updatedAt: at,
		...overrides
	};
}

/** Answers (0-3 each) that add up to `total`, filling items in order; item 9 stays 0 unless `item9` is given. */
export function answersFor(instrument: Instrument, total: number, item9: Answer = 0): Answer[] {
	const count = itemCount(instrument);
	const answers = new Array<Answer>(count).fill(0);
	let left = total - (instrument === 'phq9' ? item9 : 0);
	if (instrument === 'phq9') answers[8] = item9;
	for (let i = 0; i < count && left > 0; i += 1) {
		if (instrument === 'phq9' && i === 8) continue;
		const value = Math.min(3, left) as Answer;
		answers[i] = value;
		left -= value;
	}
	if (left !== 0) throw new RangeError(`No ${instrument} answers add up to ${total} with item 9 = ${item9}.`);
	return answers;
}
/** Safety-plan content with every list empty; fill in what the test is about. */
export const makePlanContent = (
	sections: Partial<PlanContent['sections']> = {},
	contacts: Partial<PlanContent['contacts']> = {}
): PlanContent => {
	const content = emptyContent();
	return {
		sections: { ...content.sections, ...sections },
		contacts: { ...content.contacts, ...contacts }
	};
};

/** A valid night of the sleep diary (22:30 to 07:00 in London: TIB 510, TST 400, SE 78.4 %). */
export const makeSleepDiary = (overrides: Partial<SleepDiary> = {}): SleepDiary => ({
	id: uuid(),
	day: '2026-11-22',
	timeZone: 'Europe/London',
	inBed: '22:30',
	triedToSleep: '23:00',
	solMinutes: 20,
	awakenings: 2,
	wasoMinutes: 30,
	finalAwakening: '06:30',
	outOfBed: '07:00',
	quality: 'fair',
	comments: '',
	filledInLater: false,
	createdAt: NOW,
	updatedAt: NOW,
	...overrides
});

/** A logged practice of a skill with distress before and after; details default to that skill's shape. */
export function makePractice<S extends Practice['skill']>(
	skill: S,
	overrides: Partial<Omit<PracticeOf<S>, 'skill'>> = {}
): PracticeOf<S> {
	const details: { [K in Practice['skill']]: DetailsOf<K> } = {
		'thought-stopping': { thought: 'I always mess up', cue: 'Stop', replacement: 'Walk round the block' },
		'push-button': {
			memoryId: null,
			memoryTitle: 'The beach at Tenby',
			feelings: { pleasant: 'warm', unpleasant: '', 'pleasant-again': 'lighter', reflect: '' },
			skippedUnpleasant: true
		},
		breathing: { pattern: 'box', minutes: 2, breaths: 8 },
		grounding: { see: 'lamp, window', touch: '', hear: '', smell: '', taste: '' },
		'body-scan': { minutes: 3, stepsCompleted: 10 },
		'sleep-hygiene': { done: [] }
	};
	return {
		id: uuid(),
		skill,
		day: '2026-11-22',
		startedAt: NOW,
		durationSeconds: 120,
		distressBefore: 6,
		distressAfter: 4,
		note: '',
		details: details[skill],
		createdAt: NOW,
		updatedAt: NOW,
		...overrides
	} as PracticeOf<S>;
}

/** A completed full thought record; override what the test is about. */
export const makeThoughtRecord = (overrides: Partial<ThoughtRecord> = {}): ThoughtRecord => ({
	id: uuid(),
	kind: 'thought-record',
	situation: 'Tuesday night, at home; my sister did not answer',
	moods: [{ name: 'Sad', before: 80, after: 50 }],
	thoughts: [{ text: 'She doesn’t want to see me', hot: true, distortions: ['jumping-to-conclusions'] }],
	evidenceFor: 'No reply for three hours',
	evidenceAgainst: 'She works late on Tuesdays',
	balancedThought: 'She is probably busy',
	balancedBelief: 70,
	reached: 8,
	expandedFrom: null,
	completedAt: NOW,
	editedAt: [],
	createdAt: NOW,
	updatedAt: NOW,
	...overrides
});

/** A completed quick thought record. */
export const makeQuickThoughtRecord = (overrides: Partial<QuickThoughtRecord> = {}): QuickThoughtRecord => ({
	id: uuid(),
	kind: 'quick-thought-record',
	thought: 'I will mess this up',
	distortions: ['jumping-to-conclusions'],
	challenge: 'I have done this before',
	alternative: 'I might be nervous and still do fine',
	completedAt: NOW,
	editedAt: [],
	createdAt: NOW,
	updatedAt: NOW,
	...overrides
});
