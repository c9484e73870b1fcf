import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import { isValidationError, messagesByField } from '$lib/domain/errors';
import {
	countPractices,
	getSleepCheck,
	listSleepHabits,
	practiceRatings,
	recentPractices,
	recentSleepDiaries,
	skillPrefsBySkill,
	sleepDiariesBetween
} from '$lib/db/skill-queries';
import {
	addPractice,
	deletePractice,
	restorePractice,
	saveMemory,
	saveStopPlan,
	updateSkillPrefs
} from '$lib/db/skills';
import { addSleepHabit, saveSleepDiary, setSleepCheck } from '$lib/db/sleep';
import { freshDbName, makePractice, makeSleepDiary, NOW } from '../../factories';

let db: Db;
beforeEach(async () => {
	db = createDb(freshDbName());
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const id = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const withoutIds = <T extends { id: string; createdAt: string; updatedAt: string }>({
	id: _i,
	createdAt: _c,
	updatedAt: _u,
	...rest
}: T) => rest;

describe('the practice log', () => {
	test('a practice is stored as given and read back newest first, a page at a time', async () => {
		const first = makePractice('breathing', { startedAt: '2026-11-20T08:00:00.000+00:00' });
		const second = makePractice('breathing', {
			startedAt: '2026-11-22T08:00:00.000+00:00',
			note: 'on the bus'
		});
		await addPractice(db, withoutIds(first), first.id, NOW);
		await addPractice(db, withoutIds(second), second.id, NOW);
		await addPractice(db, withoutIds(makePractice('grounding')), id(1), NOW);
		expect(await recentPractices(db, 'breathing', 10)).toEqual([second, first]);
		expect(await recentPractices(db, 'breathing', 1)).toEqual([second]);
		expect(await countPractices(db, 'grounding')).toBe(1);
		expect(await practiceRatings(db)).toHaveLength(3);
	});

	test('invalid input throws and writes nothing', async () => {
		const bad = { ...withoutIds(makePractice('body-scan')), distressAfter: 12 };
		const error = await addPractice(db, bad, id(2), NOW).catch((e) => e);
		expect(isValidationError(error) && messagesByField(error)).toEqual({
			distressAfter: { code: 'skills.distress' }
		});
		expect(await db.practices.count()).toBe(0);
	});

	test('a deleted practice comes back unchanged with undo', async () => {
		const practice = makePractice('push-button');
		await db.practices.add(practice);
		await deletePractice(db, practice.id);
		await restorePractice(db, practice);
		expect(await db.practices.get(practice.id)).toEqual(practice);
	});
});

describe('preferences, plans and memories', () => {
	test('a favourite is kept and merged with other choices', async () => {
		await updateSkillPrefs(db, 'breathing', { favourite: true }, NOW);
		await updateSkillPrefs(
			db,
			'breathing',
			{ pattern: '4-7-8', minutes: 2 },
			'2026-11-23T09:00:00.000+00:00'
		);
		expect((await skillPrefsBySkill(db)).breathing).toEqual({
			skill: 'breathing',
			favourite: true,
			sound: false,
			vibrate: false,
			pattern: '4-7-8',
			minutes: 2,
			createdAt: NOW,
			updatedAt: '2026-11-23T09:00:00.000+00:00'
		});
		await expect(updateSkillPrefs(db, 'breathing', { minutes: 0 }, NOW)).rejects.toThrow();
		expect((await db.skillPrefs.get('breathing'))?.minutes).toBe(2);
	});

	test('a plan and a memory are saved, and changed in place keeping when they began', async () => {
		await saveStopPlan(db, { cue: 'Stop', replacement: 'Text Sam' }, id(3), NOW);
		const changed = await saveStopPlan(
			db,
			{ thought: 'I will fail', cue: 'Stop', replacement: 'Walk' },
			id(3),
			'2026-11-23T09:00:00.000+00:00'
		);
		expect(changed).toMatchObject({ thought: 'I will fail', replacement: 'Walk', createdAt: NOW });
		expect(await db.stopPlans.count()).toBe(1);
		await expect(saveMemory(db, { title: '' }, id(4), NOW)).rejects.toThrow();
		await saveMemory(db, { title: 'Gran’s garden', details: 'Sweet peas' }, id(4), NOW);
		expect(await db.memories.get(id(4))).toMatchObject({ title: 'Gran’s garden', details: 'Sweet peas' });
	});
});

describe('sleep checklist and diary', () => {
	test('habits keep their order; a standard habit is added only once', async () => {
		await addSleepHabit(db, { standard: 'caffeine' }, id(5), NOW);
		await addSleepHabit(db, { label: 'Feed the cat before bed' }, id(6), NOW);
		const again = await addSleepHabit(db, { standard: 'caffeine' }, id(7), NOW);
		expect(again.id).toBe(id(5));
		expect((await listSleepHabits(db)).map((h) => [h.standard, h.label, h.order])).toEqual([
			['caffeine', '', 0],
			[null, 'Feed the cat before bed', 1]
		]);
		await expect(addSleepHabit(db, { label: '  ' }, id(8), NOW)).rejects.toThrow();
	});

	test('a night’s ticks replace that night’s earlier ones', async () => {
		await setSleepCheck(db, '2026-11-22', [id(5)], NOW);
		await setSleepCheck(db, '2026-11-22', [id(5), id(6), id(6)], '2026-11-22T23:00:00.000+00:00');
		expect(await getSleepCheck(db, '2026-11-22')).toEqual({
			night: '2026-11-22',
			done: [id(5), id(6)],
			createdAt: NOW,
			updatedAt: '2026-11-22T23:00:00.000+00:00'
		});
	});

	test('a night saved on a later day than the morning it describes is marked filled in later, from its first save', async () => {
		// Saved on the morning (NOW is 22 November): not marked.
		const onTime = makeSleepDiary({ day: '2026-11-22' });
		await saveSleepDiary(db, withoutIds(onTime), { id: onTime.id, now: NOW, today: '2026-11-22' });
		expect((await db.sleepDiary.get(onTime.id))?.filledInLater).toBe(false);
		// Changed the next day: still the morning's own entry, not marked.
		await saveSleepDiary(
			db,
			{ ...withoutIds(onTime), comments: 'one more thing' },
			{ id: onTime.id, now: '2026-11-23T20:00:00.000+00:00', today: '2026-11-23' }
		);
		expect((await db.sleepDiary.get(onTime.id))?.filledInLater).toBe(false);
		// The night before 21 November, first saved on the 22nd: marked.
		const late = makeSleepDiary({ day: '2026-11-21' });
		await saveSleepDiary(db, withoutIds(late), { id: late.id, now: NOW, today: '2026-11-22' });
		expect(await db.sleepDiary.get(late.id)).toMatchObject({ day: '2026-11-21', filledInLater: true });
		// The day is the client's own, as written in the instant: 23:30 on the 21st at UTC-5 is still the 21st.
		const sameEvening = makeSleepDiary({ day: '2026-11-20', timeZone: 'America/New_York' });
		await saveSleepDiary(db, withoutIds(sameEvening), {
			id: sameEvening.id,
			now: '2026-11-20T23:30:00.000-05:00',
			today: '2026-11-20'
		});
		expect((await db.sleepDiary.get(sameEvening.id))?.filledInLater).toBe(false);
	});

	test('a diary is saved and edited; an impossible one, a future one or a second for the same morning is refused', async () => {
		const diary = makeSleepDiary();
		const input = withoutIds(diary);
		await saveSleepDiary(db, input, { id: diary.id, now: NOW, today: '2026-11-22' });
		expect(await db.sleepDiary.get(diary.id)).toEqual(diary);
		await saveSleepDiary(
			db,
			{ ...input, comments: 'noisy street' },
			{ id: diary.id, now: NOW, today: '2026-11-22' }
		);
		expect((await recentSleepDiaries(db, 5)).map((d) => d.comments)).toEqual(['noisy street']);

		const refusals = [
			[{ ...input, outOfBed: '06:00' }, { outOfBed: { code: 'sleep.order.outOfBed' } }],
			[{ ...input, day: '2026-11-23' }, { day: { code: 'sleep.futureDay' } }]
		] as const;
		for (const [bad, messages] of refusals) {
			const error = await saveSleepDiary(db, bad, { id: id(9), now: NOW, today: '2026-11-22' }).catch(
				(e) => e
			);
			expect(isValidationError(error) && messagesByField(error)).toEqual(messages);
		}
		const twice = await saveSleepDiary(db, input, { id: id(10), now: NOW, today: '2026-11-22' }).catch(
			(e) => e
		);
		expect(messagesByField(twice)).toEqual({
			day: { code: 'sleep.dayTaken' }
		});
		expect(await db.sleepDiary.count()).toBe(1);
		expect((await db.sleepDiary.get(diary.id))?.comments).toBe('noisy street');
		expect(await sleepDiariesBetween(db, '2026-11-16', '2026-11-22')).toHaveLength(1);
	});
});
