import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { saveMemory } from '$lib/db/skills';
import PushButtonSkill from '$lib/features/skills/push-button/PushButtonSkill.svelte';
import TimeField from '$lib/ui/TimeField.svelte';
import { makeApp, renderWithApp } from '../render';
import SavedNotes from './fixtures/SavedNotes.svelte';

const list = () => screen.getByRole('region', { name: 'Your notes' });
const form = () => screen.getByRole('form', { name: 'Your note' });

describe('the saved list and its form (SavedList, SavedItems, SavedItemForm, SavedForm)', () => {
	test('adds a record; an invalid one gets its message beside the field and is not saved', async () => {
		const app = await makeApp();
		renderWithApp(SavedNotes, app);
		const user = userEvent.setup({ delay: null });
		expect(within(list()).getByRole('heading', { level: 2, name: 'Your notes' })).toBeInTheDocument();
		expect(within(list()).getByText('No notes yet.')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Add a note' }));
		expect(screen.queryByRole('button', { name: 'Add a note' })).not.toBeInTheDocument();
		await user.type(within(form()).getByLabelText('Name'), '   ');
		await user.click(within(form()).getByRole('button', { name: 'Save note' }));
		const name = within(form()).getByLabelText('Name');
		await waitFor(() => expect(name).toHaveAccessibleDescription('Give it a name.'));
		expect(name).toHaveAttribute('aria-invalid', 'true');
		expect(within(list()).getByText('No notes yet.')).toBeInTheDocument();

		await user.clear(name);
		await user.type(name, 'Call Jo');
		await user.click(within(form()).getByRole('button', { name: 'Save note' }));
		expect(await within(list()).findByText('Call Jo')).toBeInTheDocument();
		expect(await screen.findByText('Note saved.')).toBeInTheDocument();
		expect(screen.queryByRole('form', { name: 'Your note' })).not.toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Add a note' })).toBeInTheDocument();
		// Saved, so the draft is gone: nothing reopens the form.
		expect(await app.store.drafts.get('note:new')).toBeUndefined();
	});

	test('changes a record in place, with what it holds already in the form', async () => {
		const app = await makeApp();
		renderWithApp(SavedNotes, app, {
			initial: [
				{ id: 'a', name: 'Walk' },
				{ id: 'b', name: 'Read' }
			]
		});
		const user = userEvent.setup({ delay: null });
		await user.click(screen.getByRole('button', { name: 'Change note 2' }));
		const name = within(form()).getByLabelText('Name');
		expect(name).toHaveValue('Read');
		await user.clear(name);
		await user.type(name, 'Read a chapter');
		await user.click(within(form()).getByRole('button', { name: 'Save note' }));
		expect(await within(list()).findByText('Read a chapter')).toBeInTheDocument();
		expect(within(list()).queryByText('Read')).not.toBeInTheDocument();
		expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
	});

	test('cancel closes the form and keeps nothing of what was typed', async () => {
		const app = await makeApp();
		renderWithApp(SavedNotes, app);
		const user = userEvent.setup({ delay: null });
		await user.click(screen.getByRole('button', { name: 'Add a note' }));
		await user.type(within(form()).getByLabelText('Name'), 'Half a thought');
		await user.click(within(form()).getByRole('button', { name: 'Cancel' }));
		expect(await screen.findByRole('button', { name: 'Add a note' })).toBeInTheDocument();
		expect(within(list()).getByText('No notes yet.')).toBeInTheDocument();
		await waitFor(async () => expect(await app.store.drafts.get('note:new')).toBeUndefined());
		await user.click(screen.getByRole('button', { name: 'Add a note' }));
		expect(within(form()).getByLabelText('Name')).toHaveValue('');
	});

	test('a new record half-typed before a reload comes back open, with its words', async () => {
		const app = await makeApp();
		const first = renderWithApp(SavedNotes, app);
		const user = userEvent.setup({ delay: null });
		await user.click(screen.getByRole('button', { name: 'Add a note' }));
		await user.type(within(form()).getByLabelText('Name'), 'Ask about sleep');
		await waitFor(async () => expect(await app.store.drafts.get('note:new')).toBeDefined());
		first.unmount();

		renderWithApp(SavedNotes, app);
		const name = await screen.findByLabelText('Name');
		await waitFor(() => expect(name).toHaveValue('Ask about sleep'));
	});

	test('deletes a record with undo', async () => {
		const app = await makeApp();
		renderWithApp(SavedNotes, app, { initial: [{ id: 'a', name: 'Walk' }] });
		const user = userEvent.setup({ delay: null });
		await user.click(screen.getByRole('button', { name: 'Delete the note Walk' }));
		expect(await screen.findByText('Note deleted.')).toBeInTheDocument();
		expect(within(list()).getByText('No notes yet.')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(await within(list()).findByText('Walk')).toBeInTheDocument();
		expect(screen.queryByText('Note deleted.')).not.toBeInTheDocument();
	});
});

describe('TimeField', () => {
	test('a labelled time input, its message beside it when there is one', () => {
		const { rerender } = render(TimeField, { props: { id: 'bed', label: 'Into bed', value: '22:30' } });
		const input = screen.getByLabelText('Into bed');
		expect(input).toHaveAttribute('type', 'time');
		expect(input).toHaveValue('22:30');
		expect(input).not.toHaveAttribute('aria-invalid');
		expect(input).not.toHaveAccessibleDescription();

		rerender({ id: 'bed', label: 'Into bed', value: '', error: 'Add the time you got into bed.' });
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input).toHaveAccessibleDescription('Add the time you got into bed.');
	});
});

describe('a paced step with a choice of saved records (PacedStep, ChooseSaved)', () => {
	test('the push-button practice offers each memory, shows the chosen one, and steps back and forth', async () => {
		const app = await makeApp();
		await saveMemory(app.store, { title: 'Gran’s kitchen', details: '' }, app.newId(), app.stamp());
		await saveMemory(
			app.store,
			{ title: 'The cove', details: 'Cold water, warm sun' },
			app.newId(),
			app.stamp()
		);
		renderWithApp(PushButtonSkill, app);
		const user = userEvent.setup({ delay: null });
		const practice = await screen.findByRole('region', { name: 'Practice' });
		await user.click(await within(practice).findByRole('button', { name: 'Continue without rating' }));

		expect(within(practice).getByText('Step 1 of 4')).toBeInTheDocument();
		expect(
			within(practice).getByRole('heading', { level: 3, name: 'A pleasant memory' })
		).toBeInTheDocument();
		const choice = within(practice).getByRole('group', { name: 'Which pleasant memory?' });
		const radios = within(choice).getAllByRole('radio');
		expect(radios).toHaveLength(2);
		const chosen = radios.find((radio) => (radio as HTMLInputElement).checked);
		expect(chosen).toBeDefined();
		await user.click(within(choice).getByRole('radio', { name: 'The cove' }));
		expect(within(choice).getByRole('radio', { name: 'The cove' })).toBeChecked();
		expect(within(practice).getByText('Cold water, warm sun')).toBeInTheDocument();

		await user.click(within(practice).getByRole('button', { name: 'Next' }));
		expect(within(practice).getByText('Step 2 of 4')).toBeInTheDocument();
		expect(within(practice).queryByRole('group', { name: 'Which pleasant memory?' })).not.toBeInTheDocument();
		await user.click(within(practice).getByRole('button', { name: 'Back' }));
		expect(within(practice).getByText('Step 1 of 4')).toBeInTheDocument();
		expect(within(practice).getByRole('radio', { name: 'The cove' })).toBeChecked();
		// The choice is part of the practice's draft, so it survives a reload.
		await waitFor(async () =>
			expect((await app.store.drafts.get('practice:push-button'))?.value).toMatchObject({
				details: { memoryTitle: 'The cove' },
				run: { index: 0 }
			})
		);
	});
});
