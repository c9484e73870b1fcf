import type { Contact } from '$lib/domain/contact';
import type { DetailsOf, Practice, PracticeOf } from '$lib/domain/skills.schema';
import type { SleepDiary } from '$lib/domain/sleep.schema';

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
