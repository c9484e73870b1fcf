import type { Contact } from '$lib/domain/contact';
import { emptyContent, type PlanContent } from '$lib/domain/safety-plan';

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

/** Safety-plan content with every list empty; fill in what the test is about. */
export const makePlanContent = (
	sections: Partial<PlanContent['sections']> = {},
	contacts: Partial<PlanContent['contacts']> = {}
): PlanContent => {
	const content = emptyContent();
	return {
		sections: { ...content.sections, ...sections },
		contacts: { ...content.contacts, ...contacts }
	};
};
