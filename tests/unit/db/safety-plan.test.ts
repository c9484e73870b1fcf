import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import { markReviewed, savePlanContent, snoozeReview } from '$lib/db/safety-plan';
import { getPlan, getPlanWithContacts, listVersions } from '$lib/db/safety-plan-read';
import { ValidationError } from '$lib/domain/errors';
import { freshDbName, makeContact, makePlanContent, NOW } from '../../factories';

let db: Db;
beforeEach(() => {
	db = createDb(freshDbName());
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const id = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (time: string) => `2026-11-22T${time}:00.000+00:00`;

describe('saving the safety plan', () => {
	test('stores the content trimmed, without blank lines, and starts the history', async () => {
		expect(await getPlan(db)).toBeNull();
		const { plan, changed } = await savePlanContent(
			db,
			makePlanContent(
				{ warningSigns: [' not sleeping ', ''], reasonsForLiving: ['Mia'] },
				{ helpers: [id(9)] }
			),
			id(1),
			NOW
		);
		expect(changed).toBe(true);
		expect(plan).toMatchObject({
			id: 'safety-plan',
			reviewedOn: null,
			reviewSnoozedUntil: null,
			createdAt: NOW,
			updatedAt: NOW
		});
		expect(await getPlan(db)).toEqual(plan);
		expect(plan.sections.warningSigns).toEqual(['not sleeping']);
		expect(plan.contacts.helpers).toEqual([id(9)]);
		const versions = await listVersions(db);
		expect(versions).toHaveLength(1);
		expect(versions[0]).toMatchObject({ id: id(1), sections: plan.sections, contacts: plan.contacts });
	});

	test('saving the same words again writes nothing', async () => {
		await savePlanContent(db, makePlanContent({ helpers: ['Mum'] }), id(1), at('10:00'));
		const again = await savePlanContent(db, makePlanContent({ helpers: ['Mum ', ''] }), id(2), at('11:00'));
		expect(again.changed).toBe(false);
		expect((await getPlan(db))?.updatedAt).toBe(at('10:00'));
		expect(await listVersions(db)).toHaveLength(1);
	});

	test('changes in one sitting make one version; a change after a pause of 30 minutes starts the next', async () => {
		await savePlanContent(db, makePlanContent({ helpers: ['Mum'] }), id(1), at('10:00'));
		await savePlanContent(db, makePlanContent({ helpers: ['Mum', 'Jo'] }), id(2), at('10:20'));
		await savePlanContent(db, makePlanContent({ helpers: ['Mum', 'Jo', 'Sam'] }), id(3), at('10:45'));
		expect((await listVersions(db)).map((v) => [v.id, v.sections.helpers, v.createdAt, v.updatedAt])).toEqual(
			[[id(1), ['Mum', 'Jo', 'Sam'], at('10:00'), at('10:45')]]
		);

		await savePlanContent(db, makePlanContent({ helpers: ['Jo', 'Sam'] }), id(4), at('11:15'));
		const versions = await listVersions(db);
		expect(versions.map((v) => [v.id, v.sections.helpers])).toEqual([
			[id(4), ['Jo', 'Sam']],
			[id(1), ['Mum', 'Jo', 'Sam']]
		]);
		expect((await getPlan(db))?.createdAt).toBe(at('10:00'));
	});

	test.each([
		[makePlanContent({ helpers: ['x'.repeat(501)] }), 'plan.lineTooLong'],
		[
			makePlanContent({ copingStrategies: Array.from({ length: 31 }, (_, i) => `idea ${i}`) }),
			'plan.tooManyLines'
		],
		[makePlanContent({}, { helpers: ['not an id'] }), 'record.badId'],
		[{ sections: 'everything' }, undefined]
	])('invalid content is refused (%#) and the stored plan is left as it was', async (input, message) => {
		const before = await savePlanContent(db, makePlanContent({ helpers: ['Mum'] }), id(1), at('10:00'));
		const saving = savePlanContent(db, input, id(2), at('10:05'));
		await expect(saving).rejects.toThrow(ValidationError);
		if (message) await expect(savePlanContent(db, input, id(2), at('10:05'))).rejects.toThrow(message);
		expect(await getPlan(db)).toEqual(before.plan);
		expect(await listVersions(db)).toHaveLength(1);
	});
});

describe('reviewing with the therapist', () => {
	test('marks the plan and its newest version, and clears a snoozed reminder', async () => {
		await savePlanContent(db, makePlanContent({ helpers: ['Mum'] }), id(1), at('10:00'));
		await snoozeReview(db, '2026-12-06', at('10:01'));
		expect((await getPlan(db))?.reviewSnoozedUntil).toBe('2026-12-06');
		const plan = await markReviewed(db, '2026-11-20', at('10:02'));
		expect(plan).toMatchObject({ reviewedOn: '2026-11-20', reviewSnoozedUntil: null });
		expect((await listVersions(db))[0]?.reviewedOn).toBe('2026-11-20');
		// The content did not change, so no new version was made.
		expect(await listVersions(db)).toHaveLength(1);
	});

	test.each([
		['2026-11-23', 'plan.reviewFuture'],
		['2026-02-30', 'plan.reviewDay'],
		['', 'plan.reviewDay']
	])('%j is refused with "%s"', async (day, message) => {
		await savePlanContent(db, makePlanContent({ helpers: ['Mum'] }), id(1), at('10:00'));
		await expect(markReviewed(db, day, at('10:02'))).rejects.toThrow(message);
		expect((await getPlan(db))?.reviewedOn).toBeNull();
	});

	test('today, in the client’s own time zone, is allowed', async () => {
		await savePlanContent(db, makePlanContent({ helpers: ['Mum'] }), id(1), at('10:00'));
		// 23:30 on the 22nd in New York is already the 23rd in UTC.
		const plan = await markReviewed(db, '2026-11-22', '2026-11-22T23:30:00.000-05:00');
		expect(plan.reviewedOn).toBe('2026-11-22');
	});
});

test('Help now reads the plan and the contacts together, contacts in the client’s order', async () => {
	await db.contacts.bulkAdd([makeContact({ name: 'B', order: 1 }), makeContact({ name: 'A', order: 0 })]);
	await savePlanContent(db, makePlanContent({ helpers: ['Mum'] }), id(1), NOW);
	const { plan, contacts } = await getPlanWithContacts(db);
	expect(plan?.sections.helpers).toEqual(['Mum']);
	expect(contacts.map((c) => c.name)).toEqual(['A', 'B']);
});

describe('saving from a plan another tab changed meanwhile', () => {
	test('is refused with what that tab stored, and writes nothing', async () => {
		const start = makePlanContent({ helpers: ['Mum'] });
		await savePlanContent(db, start, id(1), at('10:00'));
		// The other tab adds a warning sign.
		await savePlanContent(
			db,
			makePlanContent({ helpers: ['Mum'], warningSigns: ['I stop eating'] }),
			id(2),
			at('10:05')
		);
		// This tab still starts from the first plan: an empty warning-sign line must not overwrite the new sign.
		const result = await savePlanContent(
			db,
			makePlanContent({ helpers: ['Mum', 'Jo'] }),
			id(3),
			at('10:06'),
			start
		);
		expect(result).toEqual({
			stale: true,
			theirs: expect.objectContaining({
				sections: expect.objectContaining({ warningSigns: ['I stop eating'] })
			})
		});
		expect((await getPlan(db))?.sections).toMatchObject({
			warningSigns: ['I stop eating'],
			helpers: ['Mum']
		});
		expect((await listVersions(db))[0]?.sections.warningSigns).toEqual(['I stop eating']);
	});

	test('saves as usual when the stored plan is still the one it started from', async () => {
		const start = makePlanContent({ helpers: ['Mum'] });
		await savePlanContent(db, start, id(1), at('10:00'));
		const result = await savePlanContent(
			db,
			makePlanContent({ helpers: ['Mum', 'Jo'] }),
			id(2),
			at('10:01'),
			start
		);
		expect(result).toMatchObject({ changed: true });
		expect((await getPlan(db))?.sections.helpers).toEqual(['Mum', 'Jo']);
	});
});
