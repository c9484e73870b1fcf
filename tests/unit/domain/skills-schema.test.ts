import { describe, expect, test } from 'vitest';
import { messagesByField } from '$lib/domain/errors';
import { Memory, Practice, SkillPrefs, StopPlan } from '$lib/domain/skills.schema';
import { SleepHabit } from '$lib/domain/sleep.schema';
import { nightOf } from '$lib/domain/sleep-hygiene';
import { SKILLS } from '$lib/domain/skills';
import { makePractice, NOW } from '../../factories';

describe('practice records', () => {
	test.each(SKILLS)('a %s practice with its details parses unchanged', (skill) => {
		const practice = makePractice(skill);
		expect(Practice.parse(practice)).toEqual(practice);
	});

	test.each([
		[{ distressBefore: 11 }, 'distressBefore', { code: 'skills.distress' }],
		[{ distressAfter: 2.5 }, 'distressAfter', { code: 'skills.distress' }],
		[{ note: 'x'.repeat(1001) }, 'note', { code: 'skills.noteTooLong', values: { max: 1000 } }]
	])('bad input %o is refused beside its field', (change, field, message) => {
		const result = Practice.safeParse({ ...makePractice('breathing'), ...change });
		expect(result.success || messagesByField(result.error)[field]).toEqual(message);
	});

	test('skipped ratings are allowed; details must match the skill', () => {
		expect(
			Practice.safeParse(makePractice('grounding', { distressBefore: null, distressAfter: null })).success
		).toBe(true);
		expect(
			Practice.safeParse({
				...makePractice('breathing'),
				details: { pattern: 'box', minutes: 7, breaths: 1 }
			}).success
		).toBe(false);
		expect(Practice.safeParse({ ...makePractice('breathing'), skill: 'juggling' }).success).toBe(false);
	});
});

describe('plans, memories, preferences and habits', () => {
	test('a stop plan needs a cue and a replacement; the thought is optional', () => {
		const base = { id: '00000000-0000-4000-8000-000000000001', createdAt: NOW, updatedAt: NOW };
		expect(StopPlan.parse({ ...base, cue: ' Stop ', replacement: 'Plan my walk' })).toMatchObject({
			thought: '',
			cue: 'Stop'
		});
		const result = StopPlan.safeParse({ ...base, thought: 'again', cue: '', replacement: '  ' });
		expect(result.success || messagesByField(result.error)).toEqual({
			cue: { code: 'stopPlan.cueMissing' },
			replacement: { code: 'stopPlan.replacementMissing' }
		});
	});

	test('a memory needs a name', () => {
		const result = Memory.safeParse({
			id: '00000000-0000-4000-8000-000000000002',
			title: '',
			createdAt: NOW,
			updatedAt: NOW
		});
		expect(result.success || messagesByField(result.error)).toEqual({
			title: { code: 'memory.titleMissing' }
		});
	});

	test('cues are off unless the client turns them on', () => {
		expect(SkillPrefs.parse({ skill: 'breathing', createdAt: NOW, updatedAt: NOW })).toMatchObject({
			favourite: false,
			sound: false,
			vibrate: false
		});
	});

	test('an own habit needs words; a standard one takes the catalogue’s', () => {
		const base = { id: '00000000-0000-4000-8000-000000000003', order: 0, createdAt: NOW, updatedAt: NOW };
		expect(SleepHabit.safeParse({ ...base, standard: 'caffeine' }).success).toBe(true);
		const own = SleepHabit.safeParse({ ...base, standard: null, label: '   ' });
		expect(own.success || messagesByField(own.error)).toEqual({
			label: { code: 'habit.labelMissing' }
		});
	});

	test.each([
		['2026-11-23', 1, '2026-11-22'],
		['2026-11-23', 11, '2026-11-22'],
		['2026-11-23', 12, '2026-11-23'],
		['2026-11-22', 22, '2026-11-22'],
		['2026-03-01', 2, '2026-02-28']
	])('ticked on %s at %i:00 counts for the night of %s', (day, hour, night) => {
		expect(nightOf(day, hour)).toBe(night);
	});
});
