import { afterEach, describe, expect, test } from 'vitest';
import {
	defaultSymptoms,
	defaultTags,
	displayName,
	isFilledInLater,
	noteLength,
	shownInForm
} from '$lib/domain/check-in';
import { daySummary, groupByDay, monthBounds, monthOf, parseMonth } from '$lib/domain/check-in-history';
import { reorder } from '$lib/domain/list-order';
import { CheckIn, CheckInInput, Symptom, Tag } from '$lib/domain/check-in.schema';
import { firstMessage } from '$lib/domain/errors';
import { addDays, dayOfInstant, localDay, localInstant } from '$lib/domain/time';
import { makeCheckIn, makeSymptom, NOW } from '../../factories';

const zone = process.env.TZ;
afterEach(() => {
	process.env.TZ = zone;
});

const ID = '30000000-0000-4000-8000-000000000001';

describe('which day a check-in belongs to', () => {
	test('a check-in at 23:59 and one at 00:01 fall on the two local days either side of midnight', () => {
		expect(localDay(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
		expect(localDay(new Date(2026, 10, 23, 0, 1))).toBe('2026-11-23');
	});

	test('the same instant is a different local day in different zones, and the stored day is the client’s', () => {
		const instant = new Date('2026-11-22T23:30:00Z');
		process.env.TZ = 'Europe/Berlin';
		const written = localInstant(instant);
		expect(written).toBe('2026-11-23T00:30:00.000+01:00');
		expect(localDay(instant)).toBe('2026-11-23');
		process.env.TZ = 'America/New_York';
		expect(localDay(instant)).toBe('2026-11-22');
		// Read after travelling: the day written in Berlin stays the Berlin day.
		expect(dayOfInstant(written)).toBe('2026-11-23');
	});

	test('a clock change (spring forward) does not move the day or the day count', () => {
		process.env.TZ = 'Europe/London';
		const beforeChange = new Date(2026, 2, 29, 0, 30);
		const afterChange = new Date(2026, 2, 29, 3, 30);
		expect(localInstant(beforeChange)).toMatch(/\+00:00$/);
		expect(localInstant(afterChange)).toMatch(/\+01:00$/);
		expect(localDay(beforeChange)).toBe(localDay(afterChange));
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-30', -2)).toBe('2026-03-28');
	});

	test('a check-in for an earlier day is filled in later; one just after midnight for today is not', () => {
		expect(isFilledInLater('2026-11-22', '2026-11-23T00:10:00.000+01:00')).toBe(true);
		expect(isFilledInLater('2026-11-23', '2026-11-23T00:10:00.000+01:00')).toBe(false);
	});
});

describe('check-in records', () => {
	const valid = { day: '2026-11-22', mood: 7 };

	test('need only a day and a mood; everything else is optional', () => {
		expect(CheckInInput.parse(valid)).toEqual({ ...valid, ratings: {}, tagIds: [], note: '' });
	});

	test.each([
		[{ day: '2026-11-22' }, 'mood', { code: 'checkIn.mood' }],
		[{ ...valid, mood: 11 }, 'mood', { code: 'checkIn.mood' }],
		[{ ...valid, mood: 6.5 }, 'mood', { code: 'checkIn.mood' }],
		[{ ...valid, day: '2026-02-30' }, 'day', { code: 'day.invalid' }],
		[{ ...valid, ratings: { [ID]: -1 } }, 'ratings', { code: 'checkIn.rating' }],
		[{ ...valid, tagIds: [ID, ID] }, 'tagIds', { code: 'checkIn.tagTwice' }],
		[{ ...valid, note: 'x'.repeat(10_001) }, 'note', { code: 'checkIn.noteTooLong', values: { max: 10_000 } }]
	])('%j is refused at %s with %j', (input, field, message) => {
		const result = CheckInInput.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path[0]).toBe(field);
		expect(result.error && firstMessage(result.error)).toEqual(message);
	});

	test('the note is kept exactly as typed: emoji, right-to-left text, spaces and 10,000 characters', () => {
		const note = '  אני מרגיש טוב יותר 🌧️→🌤️  \n\tمساء الخير ';
		expect(CheckInInput.parse({ ...valid, note }).note).toBe(note);
		const emoji = '🙂'.repeat(10_000);
		expect(noteLength(emoji)).toBe(10_000);
		expect(CheckInInput.parse({ ...valid, note: emoji }).note).toBe(emoji);
	});

	test('cannot be for a day that has not come yet, and "filled in later" must match its day', () => {
		expect(() => CheckIn.parse(makeCheckIn({ day: '2026-11-23', at: NOW }))).toThrow('checkIn.futureDay');
		const late = makeCheckIn({ day: '2026-11-20', at: NOW });
		expect(CheckIn.parse(late).filledInLater).toBe(true);
		expect(() => CheckIn.parse({ ...late, filledInLater: false })).toThrow('checkIn.filledInLater');
	});
});

describe('symptoms and tags', () => {
	test('the defaults are the five symptoms and a few tags, valid and in order', () => {
		let n = 0;
		const newId = () => `40000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
		const symptoms = defaultSymptoms(NOW, newId);
		expect(symptoms.map((s) => s.preset)).toEqual([
			'anxiety',
			'low-mood',
			'sleep-quality',
			'energy',
			'irritability'
		]);
		expect(symptoms.map((s) => s.order)).toEqual([0, 1, 2, 3, 4]);
		for (const symptom of symptoms) expect(Symptom.parse(symptom)).toEqual(symptom);
		for (const tag of defaultTags(NOW, newId)) expect(Tag.parse(tag)).toEqual(tag);
	});

	test('show the client’s own name, else the preset’s name in their language', () => {
		const names = { anxiety: 'Ansiedad' };
		expect(displayName({ name: '', preset: 'anxiety' }, names)).toBe('Ansiedad');
		expect(displayName({ name: 'Worry', preset: 'anxiety' }, names)).toBe('Worry');
		expect(() => Symptom.parse(makeSymptom({ name: '', preset: null }))).toThrow('item.nameMissing');
	});

	test('reorder moves one item and renumbers only what changed', () => {
		const items = [
			{ id: 'a', order: 0 },
			{ id: 'b', order: 1 },
			{ id: 'c', order: 2 }
		];
		expect(reorder(items, 'c', -1)).toEqual([
			{ id: 'c', order: 1 },
			{ id: 'b', order: 2 }
		]);
		expect(reorder(items, 'a', -1)).toEqual([]);
		expect(reorder(items, 'c', 1)).toEqual([]);
	});

	test('archived items leave the form unless the entry being edited used them', () => {
		const active = makeSymptom({ order: 1 });
		const archived = makeSymptom({ order: 0, archived: true });
		expect(shownInForm([active, archived], new Set())).toEqual([active]);
		expect(shownInForm([active, archived], new Set([archived.id]))).toEqual([archived, active]);
	});
});

describe('history and Today', () => {
	test('groups by day, newest day first, latest entry first within a day', () => {
		const a = makeCheckIn({ at: '2026-11-21T09:00:00.000+00:00' });
		const b = makeCheckIn({ at: '2026-11-22T08:00:00.000+00:00' });
		const c = makeCheckIn({ at: '2026-11-22T20:00:00.000+00:00' });
		const late = makeCheckIn({ day: '2026-11-20', at: '2026-11-22T21:00:00.000+00:00' });
		expect(groupByDay([a, b, late, c]).map((d) => [d.day, d.entries.map((e) => e.id)])).toEqual([
			['2026-11-22', [c.id, b.id]],
			['2026-11-21', [a.id]],
			['2026-11-20', [late.id]]
		]);
	});

	test('an entry filled in later sorts by the day it describes, after that day’s timed entries', () => {
		const morning = makeCheckIn({ day: '2026-11-20', at: '2026-11-20T08:00:00.000+00:00' });
		const evening = makeCheckIn({ day: '2026-11-20', at: '2026-11-20T21:00:00.000+00:00' });
		// Written on the 22nd about the 20th: its instant is later than both, but it has no time on the 20th.
		const later = makeCheckIn({
			day: '2026-11-20',
			at: '2026-11-22T07:00:00.000+00:00',
			filledInLater: true
		});
		const laterStill = makeCheckIn({
			day: '2026-11-20',
			at: '2026-11-23T07:00:00.000+00:00',
			filledInLater: true
		});
		const [day] = groupByDay([later, morning, laterStill, evening]);
		expect(day?.entries.map((e) => e.id)).toEqual([evening.id, morning.id, laterStill.id, later.id]);
	});

	test('Today’s summary is a count and the latest time, nothing more', () => {
		expect(daySummary([])).toEqual({ count: 0, lastAt: null });
		expect(
			daySummary([{ at: '2026-11-22T08:00:00.000+00:00' }, { at: '2026-11-22T19:45:00.000+00:00' }])
		).toEqual({ count: 2, lastAt: '2026-11-22T19:45:00.000+00:00' });
	});
});

describe('months of the history', () => {
	test.each([
		['2026-01', '2026-01-01', '2026-01-31'],
		['2026-02', '2026-02-01', '2026-02-28'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2000-02', '2000-02-01', '2000-02-29'],
		['2100-02', '2100-02-01', '2100-02-28'],
		['2026-04', '2026-04-01', '2026-04-30'],
		['2026-12', '2026-12-01', '2026-12-31']
	])('%s runs from %s to %s', (month, first, last) => {
		expect(monthBounds(month)).toEqual({ first, last });
		expect(monthOf(first)).toBe(month);
		expect(monthOf(last)).toBe(month);
	});

	test.each([
		['2026-11', '2026-11'],
		['2026-13', null],
		['2026-00', null],
		['2026-1', null],
		['2026-11-01', null],
		['', null],
		[null, null]
	])('the address month %j reads as %j', (value, expected) => {
		expect(parseMonth(value)).toBe(expected);
	});
});
