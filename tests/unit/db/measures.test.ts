import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import { latestResponse, previousResponse, recentResponses } from '$lib/db/measure-queries';
import { deleteMeasureResponse, restoreMeasureResponse, saveMeasureResponse } from '$lib/db/measures';
import { dueInstruments, nextDueDay } from '$lib/domain/measure-schedule';
import { ValidationError } from '$lib/domain/errors';
import { addDays } from '$lib/domain/time';
import { answersFor, freshDbName, makeMeasureResponse } from '../../factories';

let db: Db;
beforeEach(async () => {
	db = createDb(freshDbName());
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const id = (n: number) => `60000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('measure responses', () => {
	test('a finished PHQ-9 is stored scored and banded, with the item-9 flag and the unscored difficulty', async () => {
		const at = '2026-11-22T21:10:00.000-05:00';
		const saved = await saveMeasureResponse(
			db,
			{ instrument: 'phq9', answers: [2, 2, 1, 1, 1, 1, 1, 1, 1], difficulty: 2 },
			id(1),
			at
		);
		expect(saved).toEqual({
			id: id(1),
			instrument: 'phq9',
			day: '2026-11-22',
			at,
			answers: [2, 2, 1, 1, 1, 1, 1, 1, 1],
			difficulty: 2,
			total: 11,
			severity: 'moderate',
			safetyFlag: true,
			createdAt: at,
			updatedAt: at
		});
		expect(await db.measureResponses.get(id(1))).toEqual(saved);
	});

	test('a partly answered form is refused and nothing is written', async () => {
		const input = { instrument: 'gad7', answers: [1, 1, 1, null, 1, 1, 1] };
		await expect(saveMeasureResponse(db, input, id(2), '2026-11-22T10:00:00.000+00:00')).rejects.toThrow(
			ValidationError
		);
		await expect(
			saveMeasureResponse(
				db,
				{ instrument: 'gad7', answers: [1, 1, 1] },
				id(2),
				'2026-11-22T10:00:00.000+00:00'
			)
		).rejects.toThrow('measure.incomplete');
		expect(await db.measureResponses.count()).toBe(0);
	});

	test('the latest and the previous response of an instrument are found for "since last time"', async () => {
		const first = await saveMeasureResponse(
			db,
			{ instrument: 'phq9', answers: answersFor('phq9', 14) },
			id(3),
			'2026-11-08T09:00:00.000+00:00'
		);
		await saveMeasureResponse(
			db,
			{ instrument: 'gad7', answers: answersFor('gad7', 6) },
			id(4),
			'2026-11-15T09:00:00.000+00:00'
		);
		const second = await saveMeasureResponse(
			db,
			{ instrument: 'phq9', answers: answersFor('phq9', 9) },
			id(5),
			'2026-11-22T09:00:00.000+00:00'
		);
		expect((await latestResponse(db, 'phq9'))?.id).toBe(second.id);
		expect((await previousResponse(db, second))?.id).toBe(first.id);
		expect(await previousResponse(db, first)).toBeUndefined();
		expect((await recentResponses(db, 10)).responses.map((r) => r.id)).toEqual([id(5), id(4), id(3)]);
	});

	test('past results come a page at a time, newest first, the later of a day first', async () => {
		// Ten years of both questionnaires every two weeks, taken on the same day: PHQ-9 at 09:00, GAD-7 at 09:05.
		const responses = [];
		for (let n = 0; n < 260; n += 1) {
			const day = addDays('2026-11-22', -14 * n);
			responses.push(
				makeMeasureResponse({ id: id(1000 + 2 * n), at: `${day}T09:00:00.000+00:00` }),
				makeMeasureResponse({ id: id(1001 + 2 * n), instrument: 'gad7', at: `${day}T09:05:00.000+00:00` })
			);
		}
		await db.measureResponses.bulkAdd(responses);
		const first = await recentResponses(db, 10);
		expect(first.more).toBe(true);
		expect(first.responses.map((r) => [r.day, r.instrument])).toEqual(
			[0, 1, 2, 3, 4].flatMap((n) => [
				[addDays('2026-11-22', -14 * n), 'gad7'],
				[addDays('2026-11-22', -14 * n), 'phq9']
			])
		);
		// A longer page starts with the same results, so Show older only adds below.
		const second = await recentResponses(db, 20);
		expect(second.responses.slice(0, 10)).toEqual(first.responses);
		expect(second.responses[10]?.day).toBe(addDays('2026-11-22', -14 * 5));
		const all = await recentResponses(db, 520);
		expect(all.more).toBe(false);
		expect(all.responses).toHaveLength(520);
	});

	test('a deleted result is gone, the schedule follows the ones left, and undo puts it back exactly', async () => {
		const older = await saveMeasureResponse(
			db,
			{ instrument: 'phq9', answers: answersFor('phq9', 12) },
			id(20),
			'2026-10-25T09:00:00.000+00:00'
		);
		const latest = await saveMeasureResponse(
			db,
			{ instrument: 'phq9', answers: answersFor('phq9', 8), difficulty: 1 },
			id(21),
			'2026-11-20T09:00:00.000+00:00'
		);
		const today = '2026-11-22';
		const lastDays = async () => ({
			phq9: (await latestResponse(db, 'phq9'))?.day ?? null,
			gad7: (await latestResponse(db, 'gad7'))?.day ?? null
		});
		expect(dueInstruments(today, await lastDays(), 14)).toEqual(['gad7']);

		await deleteMeasureResponse(db, latest.id);
		expect(await db.measureResponses.get(latest.id)).toBeUndefined();
		expect((await latestResponse(db, 'phq9'))?.id).toBe(older.id);
		// Taken last on 25 October, so the PHQ-9 is offered again since 8 November.
		expect(nextDueDay(today, (await lastDays()).phq9, 14)).toBe('2026-11-08');
		expect(dueInstruments(today, await lastDays(), 14)).toEqual(['phq9', 'gad7']);

		await restoreMeasureResponse(db, latest);
		expect(await db.measureResponses.get(latest.id)).toEqual(latest);
		expect(dueInstruments(today, await lastDays(), 14)).toEqual(['gad7']);
	});

	test('an undo with a damaged record is refused and writes nothing', async () => {
		const response = makeMeasureResponse({ id: id(30) });
		await expect(restoreMeasureResponse(db, { ...response, total: 99 })).rejects.toThrow(ValidationError);
		expect(await db.measureResponses.count()).toBe(0);
	});
});
