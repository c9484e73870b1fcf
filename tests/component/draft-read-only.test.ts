import { configure, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { describe, expect, test } from 'vitest';
import { getDraft } from '$lib/db/drafts';
import { getPlan } from '$lib/db/safety-plan-read';
import CheckInForm from '$lib/features/check-in/CheckInForm.svelte';
import ContactForm from '$lib/features/contacts/ContactForm.svelte';
import { CONTACT_DRAFT } from '$lib/features/contacts/contact-draft';
import SafetyPlanEditor from '$lib/features/safety-plan/SafetyPlanEditor.svelte';
import MemoryForm from '$lib/features/skills/push-button/MemoryForm.svelte';
import { flushDrafts } from '$lib/state/draft.svelte';
import type { App } from '$lib/state/app.svelte';
import { makeApp, renderWithApp } from './render';

const draftOf = (key: string) => async (app: App) => (await getDraft(app.store, key))?.value;

configure({ asyncUtilTimeout: 10_000 });

const LOCKED = /Between was updated in another tab, so this form is locked\. What you typed is saved/;

// Every form on a Draft, after another tab opened a newer version (the App's replacedByNewerVersion): it says
// why it takes no more keys, its words stay on screen and stored, and a key pressed now changes nothing.
describe.each([
	{
		name: 'the check-in',
		form: CheckInForm,
		field: 'Note',
		stored: draftOf('check-in:new'),
		props: { onsaved: () => {} }
	},
	{
		name: 'a contact',
		form: ContactForm,
		field: 'Name',
		stored: draftOf(CONTACT_DRAFT),
		props: { onsaved: () => {}, oncancel: () => {} }
	},
	{
		name: 'a memory (the saved-item forms)',
		form: MemoryForm,
		field: 'A short name',
		stored: draftOf('memory:new'),
		props: { onsaved: () => {}, oncancel: () => {} }
	},
	{
		name: 'the safety plan',
		form: SafetyPlanEditor,
		field: 'Warning sign 1', // The plan itself holds the words (its draft is dropped once it does).
		stored: (app: App) => getPlan(app.store),
		props: {}
	}
])('$name, once Between was updated in another tab', ({ form, field, stored, props }) => {
	test('is read-only with the reason shown, and keeps what was typed', async () => {
		const app = await makeApp();
		renderWithApp(form as unknown as Component<Record<string, unknown>>, app, props);
		const input = await screen.findByLabelText<HTMLInputElement | HTMLTextAreaElement>(field);
		await waitFor(() => expect(input.readOnly).toBe(false));
		await userEvent.type(input, 'written at my worst moment');
		await flushDrafts();
		app.replacedByNewerVersion = true;

		expect(await screen.findByText(LOCKED)).toBeInTheDocument();
		await waitFor(() => expect(input.readOnly).toBe(true));
		await userEvent.type(input, ' and more');
		expect(input).toHaveValue('written at my worst moment');
		expect(JSON.stringify((await stored(app)) ?? null)).toContain('written at my worst moment');
		// Its buttons too: nothing in the form can start a write that would fail.
		for (const button of within(input.closest('form, section')!).queryAllByRole('button'))
			expect(button).toBeDisabled();
	});
});
