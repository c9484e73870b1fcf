import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { getDraft } from '$lib/db/drafts';
import ContactForm from '$lib/features/contacts/ContactForm.svelte';
import { CONTACT_DRAFT } from '$lib/features/contacts/contact-draft';
import { setAsideKey } from '$lib/state/draft.svelte';
import { makeApp, renderWithApp } from './render';

const stamp = '2026-11-22T09:00:00.000+00:00';
const props = { onsaved: () => {}, oncancel: () => {} };

describe('a form whose stored draft loads late', () => {
	test('keeps what was typed before the draft arrived and fills the rest from it', async () => {
		const app = await makeApp();
		await app.store.drafts.put({
			key: CONTACT_DRAFT,
			value: { name: '', phone: '0400 000 000', kind: 'person', canText: false, note: 'evenings' },
			createdAt: stamp,
			updatedAt: stamp
		});
		renderWithApp(ContactForm, app, props);
		// Typed at once, before the stored draft has been read.
		await fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Sam' } });
		await vi.waitFor(async () =>
			expect((await getDraft(app.store, CONTACT_DRAFT))?.value).toMatchObject({
				name: 'Sam',
				phone: '0400 000 000',
				note: 'evenings'
			})
		);
		expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Sam');
		expect(screen.getByLabelText<HTMLInputElement>(/Phone/).value).toBe('0400 000 000');
	});
});

describe('a stored draft of the wrong shape', () => {
	test('is offered as text to copy, kept aside, and the form works', async () => {
		const app = await makeApp();
		const odd = { name: 'Robin', phone: null, kind: 'person', canText: false, note: 'after work' };
		await app.store.drafts.put({ key: CONTACT_DRAFT, value: odd, createdAt: stamp, updatedAt: stamp });
		renderWithApp(ContactForm, app, props);
		const kept = await screen.findByRole('textbox', { name: /could not go back into this form/ });
		expect((kept as HTMLTextAreaElement).value).toBe('Robin\n\nperson\n\nafter work');
		expect(screen.getByRole('button', { name: 'Copy the words' })).toBeTruthy();
		expect((await getDraft(app.store, setAsideKey(CONTACT_DRAFT)))?.value).toEqual(odd);

		const name = screen.getByLabelText<HTMLInputElement>('Name');
		expect(name.disabled).toBe(false);
		await fireEvent.input(name, { target: { value: 'Robin again' } });
		await vi.waitFor(async () =>
			expect((await getDraft(app.store, CONTACT_DRAFT))?.value).toMatchObject({
				name: 'Robin again',
				phone: ''
			})
		);
	});
});
