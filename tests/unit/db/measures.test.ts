import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import { latestResponse, listResponses, previousResponse } from '$lib/db/measure-queries';
import { saveMeasureResponse } from '$lib/db/measures';
import { ValidationError } from '$lib/domain/errors';
import { answersFor, freshDbName } from '../../factories';

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
		).rejects.toThrow('Answer every question before finishing.');
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
		expect((await listResponses(db)).map((r) => r.id)).toEqual([id(5), id(4), id(3)]);
	});
});
