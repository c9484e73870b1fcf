import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkInMonth } from '$lib/db/check-in-queries';
import { listContacts } from '$lib/db/contacts-read';
import { createDb, type Db } from '$lib/db/db';
import { latestResponse, recentResponses } from '$lib/db/measure-queries';
import { getPlanWithContacts } from '$lib/db/safety-plan-read';
import { listStopPlans } from '$lib/db/skill-queries';
import {
	freshDbName,
	makeCheckIn,
	makeContact,
	makeMeasureResponse,
	makePlanContent,
	NOW
} from '../../factories';

// One damaged record (written by an older version, a bug or an import) must never hide the good ones beside it:
// every read checks each row against its schema, leaves the bad one out and counts it.

let db: Db;
beforeEach(() => {
	db = createDb(freshDbName());
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

/** Stores `row` as it is, past the types, as a damaged record would be. */
const putRaw = (table: keyof Db & string, row: Record<string, unknown>) => db.table(table).put(row);

describe('a damaged record beside good ones', () => {
	test('a contact with a wrong-shaped phone: the plan and the other people are still read', async () => {
		const good = makeContact({ name: 'Sam', order: 0 });
		const bad = makeContact({ name: 'Kim', order: 1 });
		await db.contacts.add(good);
		await putRaw('contacts', { ...bad, phone: { number: 123 } });
		await db.safetyPlan.put({
			id: 'safety-plan',
			...makePlanContent({ warningSigns: ['not sleeping'] }, { helpers: [good.id, bad.id] }),
			reviewedOn: null,
			reviewSnoozedUntil: null,
			createdAt: NOW,
			updatedAt: NOW
		});

		const { plan, contacts, skipped } = await getPlanWithContacts(db);
		expect(plan?.sections.warningSigns).toEqual(['not sleeping']);
		expect(contacts.map((c) => c.name)).toEqual(['Sam']);
		expect(skipped).toBe(1);
		expect((await listContacts(db)).map((c) => c.name)).toEqual(['Sam']);
	});

	test('a stored plan that cannot be read is counted, and the people still show', async () => {
		await db.contacts.add(makeContact({ name: 'Sam' }));
		await putRaw('safetyPlan', { id: 'safety-plan', sections: null, createdAt: NOW, updatedAt: NOW });
		const { plan, contacts, skipped } = await getPlanWithContacts(db);
		expect(plan).toBeNull();
		expect(contacts.map((c) => c.name)).toEqual(['Sam']);
		expect(skipped).toBe(1);
	});

	test('a check-in with tagIds: null: the rest of its month is shown', async () => {
		const first = makeCheckIn({ day: '2026-11-03', at: '2026-11-03T09:00:00.000+00:00', mood: 4 });
		const second = makeCheckIn({ day: '2026-11-05', at: '2026-11-05T09:00:00.000+00:00', mood: 7 });
		const bad = makeCheckIn({ day: '2026-11-04', at: '2026-11-04T09:00:00.000+00:00' });
		await db.checkIns.bulkAdd([first, second]);
		await putRaw('checkIns', { ...bad, tagIds: null });

		const month = await checkInMonth(db, '2026-11');
		expect(month.entries.map((e) => e.id)).toEqual([second.id, first.id]);
		expect(month.skipped).toBe(1);
	});

	test('a result of an unknown instrument: the other results are listed', async () => {
		const older = makeMeasureResponse({ at: '2026-11-01T09:00:00.000+00:00' });
		const newer = makeMeasureResponse({ instrument: 'gad7', at: '2026-11-15T09:00:00.000+00:00' });
		const bad = makeMeasureResponse({ at: '2026-11-20T09:00:00.000+00:00' });
		await db.measureResponses.bulkAdd([older, newer]);
		await putRaw('measureResponses', { ...bad, instrument: 'pcl5' });

		const { responses, more, skipped } = await recentResponses(db, 10);
		expect(responses.map((r) => r.id)).toEqual([newer.id, older.id]);
		expect(more).toBe(false);
		expect(skipped).toBe(1);
	});

	test('the latest result reads past a damaged newer one', async () => {
		const good = makeMeasureResponse({ at: '2026-11-01T09:00:00.000+00:00' });
		await db.measureResponses.add(good);
		await putRaw('measureResponses', {
			...makeMeasureResponse({ at: '2026-11-20T09:00:00.000+00:00' }),
			answers: 'all fine'
		});
		expect((await latestResponse(db, 'phq9'))?.id).toBe(good.id);
	});

	test('lists without a notice of their own leave the damaged row out too', async () => {
		await db.stopPlans.add({
			id: '00000000-0000-4000-8000-00000000ab01',
			thought: 'I always fail',
			cue: 'Stop',
			replacement: 'I am learning',
			createdAt: NOW,
			updatedAt: NOW
		});
		await putRaw('stopPlans', { id: '00000000-0000-4000-8000-00000000ab02', thought: 7, createdAt: NOW });
		expect((await listStopPlans(db)).map((p) => p.thought)).toEqual(['I always fail']);
	});
});
