import { fireEvent, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import { getDraft } from '$lib/db/drafts';
import ItemList from '$lib/features/check-in/ItemList.svelte';
import RenameForm from '$lib/features/check-in/RenameForm.svelte';
import ContactForm from '$lib/features/contacts/ContactForm.svelte';
import { CONTACT_DRAFT } from '$lib/features/contacts/contact-draft';
import MemoryForm from '$lib/features/skills/push-button/MemoryForm.svelte';
import StopPlanForm from '$lib/features/skills/thought-stopping/StopPlanForm.svelte';
import type { App } from '$lib/state/app.svelte';
import { setAsideKey } from '$lib/state/draft.svelte';
import { makeApp, renderWithApp } from './render';

const stamp = '2026-11-22T09:00:00.000+00:00';
const SYMPTOM = '30000000-0000-4000-8000-000000000001';
const noop = () => {};

/**
 * The forms that keep a draft, each with: its draft key, a stored draft that fits it, the field typed into
 * before that draft arrives (and what is typed), a field the stored draft fills, and a stored draft that does not fit.
 */
const forms: {
	name: string;
	component: Component<never>;
	props: Record<string, unknown>;
	key: string;
	stored: Record<string, unknown>;
	typed: { label: string | RegExp; field: string; value: string };
	filled: { label: string | RegExp; field: string };
	wrongShape: Record<string, unknown>;
	/** The stored draft's words, offered to copy. */
	words: string;
}[] = [
	{
		name: 'renaming a symptom',
		component: RenameForm as Component<never>,
		props: { table: 'symptoms', id: SYMPTOM, current: 'Low energy', ondone: noop },
		key: `symptoms:${SYMPTOM}`,
		stored: { name: 'Tiredness' },
		typed: { label: 'Rename Low energy', field: 'name', value: 'Fatigue' },
		filled: { label: 'Rename Low energy', field: 'name' },
		wrongShape: { name: null, note: 'Tiredness after lunch' },
		words: 'Tiredness after lunch'
	},
	{
		name: 'adding a tag',
		component: ItemList as Component<never>,
		props: { table: 'tags', title: 'Tags', items: [], presetNames: {}, onmessage: noop },
		key: 'tags:new',
		stored: { name: 'Walk', kind: 'people' },
		typed: { label: 'Add a tag', field: 'name', value: 'Swim' },
		filled: { label: 'Kind', field: 'kind' },
		wrongShape: { name: ['Walk with Ana'], kind: 'people' },
		words: 'Walk with Ana\n\npeople'
	},
	{
		name: 'adding a memory',
		component: MemoryForm as Component<never>,
		props: { onsaved: noop, oncancel: noop },
		key: 'memory:new',
		stored: { title: 'The beach at Tenby', details: 'Warm sand, chips' },
		typed: { label: 'A short name', field: 'title', value: 'Gran’s kitchen' },
		filled: { label: 'Details that help you picture it (optional)', field: 'details' },
		wrongShape: { title: 'The beach at Tenby', details: 42 },
		words: 'The beach at Tenby'
	},
	{
		name: 'a thought-stopping plan',
		component: StopPlanForm as Component<never>,
		props: { plan: null, onsaved: noop, oncancel: noop },
		key: 'stop-plan:new',
		stored: { thought: 'I always mess up', cue: 'Snap the band', replacement: '' },
		typed: { label: /Your stop cue/, field: 'cue', value: 'Say stop out loud' },
		filled: { label: /The unwanted thought/, field: 'thought' },
		wrongShape: { thought: 'I always mess up', cue: null, replacement: '' },
		words: 'I always mess up'
	},
	{
		name: 'adding a contact',
		component: ContactForm as Component<never>,
		props: { onsaved: noop, oncancel: noop },
		key: CONTACT_DRAFT,
		stored: { name: 'Robin', phone: '0400 000 000', kind: 'person', canText: false, note: '' },
		typed: { label: 'Name', field: 'name', value: 'Sam' },
		filled: { label: /Phone/, field: 'phone' },
		wrongShape: { name: 'Robin', phone: null, kind: 'person', canText: false, note: '' },
		words: 'Robin\n\nperson'
	}
];

const storeDraft = (app: App, key: string, value: unknown) =>
	app.store.drafts.put({ key, value, createdAt: stamp, updatedAt: stamp });

/**
 * Holds the form's first read of its stored draft until `release` is called, so keys can be pressed before the
 * draft arrives however fast the machine is.
 */
function holdFirstDraftRead(app: App): () => void {
	const table = app.store.drafts;
	const get = table.get.bind(table);
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	vi.spyOn(table, 'get').mockImplementationOnce(((key: string) => gate.then(() => get(key))) as never);
	return release;
}

const valueOf = (label: string | RegExp) =>
	screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(label).value;
const offered = () => screen.findByRole('textbox', { name: /could not go back into this form/ });

describe.each(forms)('$name', (form) => {
	test('keys pressed before the stored draft loads are kept; the rest fills from it, and what they replaced is offered to copy', async () => {
		const app = await makeApp();
		await storeDraft(app, form.key, form.stored);
		const release = holdFirstDraftRead(app);
		renderWithApp(form.component, app, form.props as never);
		await fireEvent.input(screen.getByLabelText(form.typed.label), { target: { value: form.typed.value } });
		release();

		await vi.waitFor(async () =>
			expect((await getDraft(app.store, form.key))?.value).toMatchObject({
				[form.typed.field]: form.typed.value,
				...(form.filled.field === form.typed.field
					? {}
					: { [form.filled.field]: form.stored[form.filled.field] })
			})
		);
		expect(valueOf(form.typed.label)).toBe(form.typed.value);
		if (form.filled.field !== form.typed.field)
			expect(valueOf(form.filled.label)).toBe(form.stored[form.filled.field]);
		// The stored words the typing replaced are not lost: they are on screen to copy.
		expect(((await offered()) as HTMLTextAreaElement).value).toContain(String(form.stored[form.typed.field]));
	});

	test('a stored draft of the wrong shape is kept aside, offered as text to copy, and the form works', async () => {
		const app = await makeApp();
		await storeDraft(app, form.key, form.wrongShape);
		renderWithApp(form.component, app, form.props as never);

		const kept = (await offered()) as HTMLTextAreaElement;
		expect(kept.value).toContain(form.words);
		expect(screen.getByRole('button', { name: 'Copy the words' })).toBeInTheDocument();
		expect((await getDraft(app.store, setAsideKey(form.key)))?.value).toEqual(form.wrongShape);

		const field = screen.getByLabelText<HTMLInputElement>(form.typed.label);
		expect(field.disabled).toBe(false);
		await fireEvent.input(field, { target: { value: form.typed.value } });
		await vi.waitFor(async () =>
			expect((await getDraft(app.store, form.key))?.value).toMatchObject({
				[form.typed.field]: form.typed.value
			})
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Done with these words' }));
		expect(screen.queryByRole('textbox', { name: /could not go back into this form/ })).toBeNull();
	});
});
