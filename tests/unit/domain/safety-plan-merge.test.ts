import { describe, expect, test } from 'vitest';
import { mergeContent } from '$lib/domain/safety-plan';
import { makePlanContent } from '../../factories';

// Two tabs edit the plan from the same stored version (`base`): this tab has `mine` on screen, the other stored
// `theirs`. Nothing either of them wrote may be lost.
const base = makePlanContent({ warningSigns: ['I stop eating'], helpers: ['Mum'] });

describe('merging another tab’s save into the plan on screen', () => {
	test.each([
		{
			case: 'their new warning sign joins an untouched section here (this tab shows the old list)',
			mine: makePlanContent({ warningSigns: ['I stop eating', ''], helpers: ['Mum'] }),
			theirs: makePlanContent({ warningSigns: ['I stop eating', 'I stay in bed'], helpers: ['Mum'] }),
			sections: { warningSigns: ['I stop eating', 'I stay in bed'], helpers: ['Mum'] },
			merged: []
		},
		{
			case: 'each tab changed a different section: both changes are kept',
			mine: makePlanContent({ warningSigns: ['I stop eating'], helpers: ['Mum', 'Jo'] }),
			theirs: makePlanContent({ warningSigns: ['I stop eating', 'I stay in bed'], helpers: ['Mum'] }),
			sections: { warningSigns: ['I stop eating', 'I stay in bed'], helpers: ['Mum', 'Jo'] },
			merged: []
		},
		{
			case: 'both added to the same section: both lines are kept, and the section is pointed out',
			mine: makePlanContent({ warningSigns: ['I stop eating', 'I cancel plans'], helpers: ['Mum'] }),
			theirs: makePlanContent({ warningSigns: ['I stop eating', 'I stay in bed'], helpers: ['Mum'] }),
			sections: { warningSigns: ['I stop eating', 'I cancel plans', 'I stay in bed'], helpers: ['Mum'] },
			merged: ['warningSigns']
		},
		{
			case: 'both edited the same line: both wordings are kept',
			mine: makePlanContent({ warningSigns: ['I stop eating at all'], helpers: ['Mum'] }),
			theirs: makePlanContent({ warningSigns: ['I stop eating properly'], helpers: ['Mum'] }),
			sections: { warningSigns: ['I stop eating at all', 'I stop eating properly'], helpers: ['Mum'] },
			merged: ['warningSigns']
		},
		{
			case: 'they removed a line this tab did not touch, and this tab added one: the removal and the line both hold',
			mine: makePlanContent({ warningSigns: ['I stop eating', 'I cancel plans'], helpers: ['Mum'] }),
			theirs: makePlanContent({ warningSigns: [], helpers: ['Mum'] }),
			sections: { warningSigns: ['I cancel plans'], helpers: ['Mum'] },
			merged: ['warningSigns']
		},
		{
			case: 'a line too long to save, only on screen here, is never dropped by a merge',
			mine: makePlanContent({ warningSigns: ['I stop eating', 'x'.repeat(600)], helpers: ['Mum'] }),
			theirs: makePlanContent({ warningSigns: ['I stop eating'], helpers: ['Mum', 'Sam'] }),
			sections: { warningSigns: ['I stop eating', 'x'.repeat(600)], helpers: ['Mum', 'Sam'] },
			merged: []
		}
	])('$case', ({ mine, theirs, sections, merged }) => {
		const result = mergeContent(base, mine, theirs);
		expect(result.content.sections).toMatchObject(sections);
		expect(result.merged).toEqual(merged);
	});

	test('people chosen for a step in both tabs are all kept', () => {
		const a = '40000000-0000-4000-8000-000000000001';
		const b = '40000000-0000-4000-8000-000000000002';
		const result = mergeContent(
			makePlanContent({}, { helpers: [] }),
			makePlanContent({}, { helpers: [a] }),
			makePlanContent({}, { helpers: [b] })
		);
		expect(result.content.contacts.helpers).toEqual([a, b]);
		expect(result.merged).toEqual(['contacts.helpers']);
	});
});
