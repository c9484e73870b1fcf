import { describe, expect, test } from 'vitest';
import {
	addDays,
	contentFromRow,
	daysBetween,
	diffContent,
	FIRST_REVIEW_DAYS,
	isEmptyContent,
	newestFirst,
	normalizeContent,
	PLAN_SECTIONS,
	PLAN_STEPS,
	planFromRow,
	REVIEW_INTERVAL_DAYS,
	reviewStatus,
	sameContent,
	startsNewVersion
} from '$lib/domain/safety-plan';
import { makePlanContent } from '../../factories';

const SAM = '00000000-0000-4000-8000-0000000000a1';
const DR_LEE = '00000000-0000-4000-8000-0000000000a2';

describe('the Stanley-Brown plan (Stanley & Brown 2012)', () => {
	test('has the six steps in crisis order, then what matters most', () => {
		expect(PLAN_STEPS).toEqual([
			'warningSigns',
			'copingStrategies',
			'distractions',
			'helpers',
			'professionals',
			'safeEnvironment'
		]);
		expect(PLAN_SECTIONS.at(-1)).toBe('reasonsForLiving');
	});

	test('content is kept trimmed, without blank lines or a contact twice in a step', () => {
		const raw = makePlanContent(
			{ warningSigns: ['  I stop eating ', '', '   '], reasonsForLiving: ['Mia'] },
			{ helpers: [SAM, SAM, DR_LEE] }
		);
		expect(normalizeContent(raw)).toEqual(
			makePlanContent(
				{ warningSigns: ['I stop eating'], reasonsForLiving: ['Mia'] },
				{ helpers: [SAM, DR_LEE] }
			)
		);
	});

	test('two plans that differ only in blank lines and spaces say the same thing', () => {
		const a = makePlanContent({ copingStrategies: ['walk', ''] });
		const b = makePlanContent({ copingStrategies: [' walk'] });
		expect(sameContent(a, b)).toBe(true);
		expect(sameContent(a, makePlanContent({ copingStrategies: ['walk', 'music'] }))).toBe(false);
		expect(isEmptyContent(makePlanContent({ helpers: [' '] }))).toBe(true);
		expect(isEmptyContent(makePlanContent({}, { professionals: [DR_LEE] }))).toBe(false);
	});

	test('a stored row or draft is read leniently: what is not understood becomes empty, nothing throws', () => {
		expect(contentFromRow(undefined)).toEqual(makePlanContent());
		expect(
			contentFromRow({ sections: { warningSigns: ['a', 3, null, 'b'], helpers: 'not a list' }, contacts: 7 })
		).toEqual(makePlanContent({ warningSigns: ['a', 'b'] }));
		expect(planFromRow({ sections: {} })).toBeNull();
		expect(
			planFromRow({
				sections: { reasonsForLiving: ['Mia'] },
				reviewedOn: 'yesterday',
				createdAt: '2026-11-22T09:30:00.000+00:00',
				updatedAt: '2026-11-22T09:30:00.000+00:00'
			})
		).toMatchObject({ id: 'safety-plan', reviewedOn: null, reviewSnoozedUntil: null });
	});
});

describe('comparing versions', () => {
	test('lists what each step gained and lost; an edited line is one removed and one added', () => {
		const before = makePlanContent(
			{ warningSigns: ['not sleeping', 'skipping meals'], copingStrategies: ['walk'] },
			{ helpers: [SAM] }
		);
		const after = makePlanContent(
			{
				warningSigns: ['not sleeping', 'skipping meals and drinking'],
				safeEnvironment: ['give Jo my pills']
			},
			{ helpers: [SAM, DR_LEE] }
		);
		const changes = diffContent(before, after);
		expect(changes.none).toBe(false);
		expect(changes.sections.warningSigns).toEqual({
			added: ['skipping meals and drinking'],
			removed: ['skipping meals']
		});
		expect(changes.sections.copingStrategies).toEqual({ added: [], removed: ['walk'] });
		expect(changes.sections.safeEnvironment).toEqual({ added: ['give Jo my pills'], removed: [] });
		expect(changes.sections.reasonsForLiving).toEqual({ added: [], removed: [] });
		expect(changes.contacts.helpers).toEqual({ added: [DR_LEE], removed: [] });
	});

	test('repeated lines are counted, order alone is no change, and the first version is all added', () => {
		const changes = diffContent(
			makePlanContent({ copingStrategies: ['music', 'music', 'tea'] }),
			makePlanContent({ copingStrategies: ['tea', 'music'] })
		);
		expect(changes.sections.copingStrategies).toEqual({ added: [], removed: ['music'] });
		expect(
			diffContent(makePlanContent({ helpers: ['a', 'b'] }), makePlanContent({ helpers: ['b', 'a'] })).none
		).toBe(true);
		expect(diffContent(null, makePlanContent({ helpers: ['Mum'] })).sections.helpers).toEqual({
			added: ['Mum'],
			removed: []
		});
	});

	test.each([
		[undefined, '2026-11-22T10:00:00.000+00:00', true],
		['2026-11-22T10:00:00.000+00:00', '2026-11-22T10:10:00.000+00:00', false],
		['2026-11-22T10:00:00.000+00:00', '2026-11-22T10:29:59.000+00:00', false],
		['2026-11-22T10:00:00.000+00:00', '2026-11-22T10:30:00.000+00:00', true],
		// The same instant written in another offset is the same sitting.
		['2026-11-22T10:00:00.000+00:00', '2026-11-22T11:05:00.000+01:00', false],
		// A clock set back never folds a change into an older version.
		['2026-11-22T10:00:00.000+00:00', '2026-11-22T09:55:00.000+00:00', true]
	])('a change at %s after the last at %s starts a new version: %s', (last, now, expected) => {
		expect(startsNewVersion(last, now)).toBe(expected);
	});

	test('versions are ordered by the instant they started, whatever offset wrote them', () => {
		const versions = [
			{ id: 'a', createdAt: '2026-03-29T01:30:00.000+00:00' },
			{ id: 'b', createdAt: '2026-03-29T02:10:00.000+01:00' },
			{ id: 'c', createdAt: '2026-03-28T23:00:00.000+00:00' }
		];
		expect(newestFirst(versions).map((v) => v.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('the review reminder', () => {
	test('uses the intervals explained in the code', () => {
		expect([FIRST_REVIEW_DAYS, REVIEW_INTERVAL_DAYS]).toEqual([14, 90]);
	});

	test.each([
		// Never reviewed: suggested two weeks after the plan was made.
		[null, null, '2026-11-01', '2026-11-14', false, '2026-11-15'],
		[null, null, '2026-11-01', '2026-11-15', true, '2026-11-15'],
		// Reviewed: suggested again 90 days later.
		['2026-08-01', null, '2026-05-01', '2026-10-29', false, '2026-10-30'],
		['2026-08-01', null, '2026-05-01', '2026-10-30', true, '2026-10-30'],
		// "Not now" hides it until the snooze day, then it returns.
		['2026-08-01', '2026-11-10', '2026-05-01', '2026-11-09', false, '2026-10-30'],
		['2026-08-01', '2026-11-10', '2026-05-01', '2026-11-10', true, '2026-10-30']
	])(
		'reviewed %s, snoozed until %s, made %s: on %s due is %s (from %s)',
		(reviewedOn, reviewSnoozedUntil, createdOn, today, due, dueOn) => {
			expect(reviewStatus({ reviewedOn, reviewSnoozedUntil }, createdOn, today)).toEqual({
				reviewedOn,
				dueOn,
				due
			});
		}
	);

	test.each([
		['2024-02-28', 1, '2024-02-29'],
		['2026-02-28', 1, '2026-03-01'],
		['2026-03-28', 2, '2026-03-30'],
		['2026-12-31', 90, '2027-03-31']
	])('%s plus %i days is %s, across leap days and clock changes', (day, days, expected) => {
		expect(addDays(day, days)).toBe(expected);
		expect(daysBetween(day, expected)).toBe(days);
	});
});
