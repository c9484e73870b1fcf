import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import DistortionManager from '$lib/features/worksheets/DistortionManager.svelte';
import ThoughtRecordForm from '$lib/features/worksheets/ThoughtRecordForm.svelte';
import { makeApp, renderWithApp } from './render';

const ID = '30000000-0000-4000-8000-000000000001';

/** The step on screen: its progress line and its heading, as a person sees them. */
async function expectStep(n: number, title: string) {
	expect(await screen.findByText(`Step ${n} of 7`)).toBeInTheDocument();
	expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
}
const next = () => userEvent.click(screen.getByRole('button', { name: 'Next' }));

describe('the full thought record, step by step', () => {
	test('each of the seven steps is found by its heading and labels, and the summary shows the mood change', async () => {
		const app = await makeApp();
		const onsaved = vi.fn();
		renderWithApp(ThoughtRecordForm, app, { id: ID, onsaved });

		await expectStep(1, 'Situation');
		await userEvent.type(screen.getByRole('textbox', { name: 'The situation' }), 'Sunday night, alone');
		expect(screen.getByText('Show an example', { selector: 'summary' })).toBeInTheDocument();
		await next();

		await expectStep(2, 'Moods');
		await userEvent.click(screen.getByRole('button', { name: 'Anxious' }));
		expect(screen.getByRole('button', { name: 'Anxious' })).toBeDisabled();
		await userEvent.type(screen.getByRole('textbox', { name: 'Mood name' }), 'Left out');
		await userEvent.click(screen.getByRole('button', { name: 'Add mood' }));
		const anxious = screen.getByRole('spinbutton', { name: 'Anxious, how strong (0-100)' });
		await fireEvent.input(anxious, { target: { value: '80' } });
		expect(screen.getByRole('spinbutton', { name: 'Left out, how strong (0-100)' })).toHaveValue(50);
		await next();

		await expectStep(3, 'Automatic thoughts');
		await userEvent.click(screen.getByRole('button', { name: 'Add a thought' }));
		await userEvent.type(screen.getByRole('textbox', { name: 'Thought 1' }), 'Nobody wants me around');
		expect(screen.getByRole('radio', { name: 'Hot thought' })).toBeChecked();
		const patterns = within(screen.getByRole('group', { name: 'Thinking patterns in thought 1 (optional)' }));
		await userEvent.click(patterns.getByRole('checkbox', { name: 'Jumping to conclusions' }));
		await next();

		await expectStep(4, 'Evidence for');
		// The hot thought is quoted above the evidence.
		expect(screen.getByText('Nobody wants me around', { selector: 'blockquote' })).toBeInTheDocument();
		await userEvent.type(
			screen.getByRole('textbox', { name: 'Evidence that supports the hot thought' }),
			'No reply all day'
		);
		await next();

		await expectStep(5, 'Evidence against');
		await userEvent.click(screen.getByText('Questions that can help'));
		expect(screen.getAllByRole('listitem').length).toBeGreaterThan(3);
		await userEvent.type(
			screen.getByRole('textbox', { name: 'Evidence that does not support the hot thought' }),
			'She called on Friday'
		);
		await next();

		await expectStep(6, 'Balanced thought');
		await userEvent.type(
			screen.getByRole('textbox', { name: 'Balanced or alternative thought' }),
			'She is busy; she called on Friday'
		);
		await userEvent.type(screen.getByRole('spinbutton', { name: 'How much you believe it (0-100)' }), '60');
		await next();

		await expectStep(7, 'Re-rate moods');
		expect(screen.getByText('It was 80.')).toBeInTheDocument();
		await userEvent.type(screen.getByRole('spinbutton', { name: 'Anxious now (0-100)' }), '40');
		await userEvent.click(screen.getByRole('button', { name: 'See the summary' }));

		expect(await screen.findByRole('heading', { level: 2, name: 'Summary' })).toBeInTheDocument();
		expect(screen.getByText('Anxious: 80 before, 40 now')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Done' }));
		await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
		const stored = await app.store.worksheets.get(ID);
		expect(stored).toMatchObject({
			kind: 'thought-record',
			situation: 'Sunday night, alone',
			moods: [
				{ name: 'Anxious', before: 80, after: 40 },
				{ name: 'Left out', before: 50, after: null }
			],
			thoughts: [{ text: 'Nobody wants me around', hot: true, distortions: ['jumping-to-conclusions'] }],
			balancedBelief: 60
		});
	});

	test('Next on the thoughts step waits for a hot thought, saying so; Back keeps every word', async () => {
		const app = await makeApp();
		renderWithApp(ThoughtRecordForm, app, { id: ID, onsaved: vi.fn() });
		await expectStep(1, 'Situation');
		await userEvent.type(screen.getByRole('textbox', { name: 'The situation' }), 'At work');
		await next();
		await next();
		await expectStep(3, 'Automatic thoughts');
		await next();
		expect(await screen.findByRole('alert')).toHaveTextContent(/hot thought/i);
		await expectStep(3, 'Automatic thoughts');
		await userEvent.click(screen.getByRole('button', { name: 'Back' }));
		await userEvent.click(screen.getByRole('button', { name: 'Back' }));
		await expectStep(1, 'Situation');
		expect(screen.getByRole('textbox', { name: 'The situation' })).toHaveValue('At work');
	});
});

describe('thinking patterns of the client’s own', () => {
	test('added from a thought, it is chosen for it at once; a name already used is refused beside the field', async () => {
		const app = await makeApp();
		renderWithApp(ThoughtRecordForm, app, { id: ID, onsaved: vi.fn() });
		await expectStep(1, 'Situation');
		await next();
		await next();
		await userEvent.click(screen.getByRole('button', { name: 'Add a thought' }));
		const group = within(screen.getByRole('group', { name: 'Thinking patterns in thought 1 (optional)' }));
		await userEvent.click(group.getByText('Add your own pattern', { selector: 'summary' }));
		const form = within(group.getByRole('form', { name: 'Add your own pattern' }));

		await userEvent.type(form.getByRole('textbox', { name: 'Name' }), 'labelling');
		await userEvent.click(form.getByRole('button', { name: 'Add pattern' }));
		expect(await form.findByText('You already have a pattern called “Labelling”.')).toBeInTheDocument();
		expect(form.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');

		await userEvent.clear(form.getByRole('textbox', { name: 'Name' }));
		await userEvent.type(form.getByRole('textbox', { name: 'Name' }), 'Comparing');
		await userEvent.click(form.getByRole('button', { name: 'Add pattern' }));
		expect(await form.findByText('Added “Comparing”.')).toBeInTheDocument();
		expect(await group.findByRole('checkbox', { name: 'Comparing' })).toBeChecked();
		expect(await app.store.distortions.toArray()).toEqual([
			expect.objectContaining({ name: 'Comparing', standard: false, hidden: false })
		]);
	});

	test('a standard pattern can be hidden from the picker and shown again, never deleted', async () => {
		const app = await makeApp();
		renderWithApp(DistortionManager, app);
		await userEvent.click(await screen.findByText('Show or hide patterns, or add your own'));
		await userEvent.click(await screen.findByRole('button', { name: 'Hide Labelling' }));
		const shown = await screen.findByRole('button', { name: 'Show Labelling' });
		expect(shown.closest('li')).toHaveTextContent('Hidden');
		// Ten standard ones are always listed; none has a Delete.
		expect(screen.getAllByRole('listitem')).toHaveLength(10);
		expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
		expect(await app.store.distortions.get('labelling')).toMatchObject({ standard: true, hidden: true });
		await userEvent.click(shown);
		expect(await screen.findByRole('button', { name: 'Hide Labelling' })).toBeInTheDocument();
		expect(await app.store.distortions.get('labelling')).toMatchObject({ hidden: false });
	});
});
