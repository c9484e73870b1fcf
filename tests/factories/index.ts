import type { Contact } from '$lib/domain/contact';

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
