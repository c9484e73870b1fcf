import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { listSymptoms, listTags } from '$lib/db/check-in-lists';
import { getDraft } from '$lib/db/drafts';
import CheckInForm from '$lib/features/check-in/CheckInForm.svelte';
import { makeApp, renderWithApp } from './render';

const mood = () => screen.getByRole('slider', { name: 'How is your mood right now?' });

// Whole forms in jsdom: allow for a slow machine.
describe('the check-in form', () => {
	test('a mood and Save is a whole check-in: symptoms stay "not rated" and nothing else is required', async () => {
		const app = await makeApp();
		const onsaved = vi.fn();
		renderWithApp(CheckInForm, app, { onsaved });
		expect(await screen.findByRole('slider', { name: 'How is your mood right now?' })).toHaveAttribute(
			'aria-valuetext',
			'Not chosen yet'
		);
		await fireEvent.input(mood(), { target: { value: '7' } });
		expect(mood()).toHaveAttribute('aria-valuetext', '7 out of 10');
		expect(screen.getByRole('slider', { name: 'Anxiety' })).toHaveAttribute('aria-valuetext', 'Not rated');
		await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));

		await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
		const [stored] = await app.store.checkIns.toArray();
		expect(stored).toMatchObject({
			day: '2026-11-22',
			mood: 7,
			ratings: {},
			tagIds: [],
			note: '',
			filledInLater: false
		});
		expect(onsaved).toHaveBeenCalledWith(stored);
		expect(await getDraft(app.store, 'check-in:new')).toBeUndefined();
	});

	test('the scale has words at both ends and the middle, not colour alone', async () => {
		renderWithApp(CheckInForm, await makeApp(), { onsaved: () => {} });
		expect(
			await screen.findByRole('slider', { name: 'How is your mood right now?' })
		).toHaveAccessibleDescription('Tap or slide along the line. 0: Very low 5: Okay 10: Very good');
		await fireEvent.input(mood(), { target: { value: '0' } });
		expect(mood()).toHaveAttribute('aria-valuetext', '0 out of 10, Very low');
		await fireEvent.input(mood(), { target: { value: '10' } });
		expect(mood()).toHaveAttribute('aria-valuetext', '10 out of 10, Very good');
	});

	test('saving without a mood says so beside the scale and stores nothing', async () => {
		const app = await makeApp();
		renderWithApp(CheckInForm, app, { onsaved: () => {} });
		await userEvent.click(await screen.findByRole('button', { name: 'Save check-in' }));
		await waitFor(() => expect(mood()).toHaveAttribute('aria-invalid', 'true'));
		expect(mood()).toHaveAccessibleDescription(/Choose how you feel, from 0 to 10\./);
		expect(mood()).toHaveFocus();
		expect(await app.store.checkIns.count()).toBe(0);
	});

	test('symptoms can be rated and cleared, tags chosen, a note written and an earlier day chosen', async () => {
		const app = await makeApp();
		const onsaved = vi.fn();
		renderWithApp(CheckInForm, app, { onsaved });
		const [anxiety, lowMood] = await listSymptoms(app.store);
		const friends = (await listTags(app.store)).find((tag) => tag.preset === 'friends')!;
		await fireEvent.input(await screen.findByRole('slider', { name: 'How is your mood right now?' }), {
			target: { value: '3' }
		});
		await fireEvent.input(screen.getByRole('slider', { name: 'Anxiety' }), { target: { value: '8' } });
		await fireEvent.input(screen.getByRole('slider', { name: 'Low mood' }), { target: { value: '6' } });
		await userEvent.click(screen.getByRole('button', { name: 'Clear the rating for Low mood' }));
		expect(screen.getByRole('slider', { name: 'Low mood' })).toHaveAttribute('aria-valuetext', 'Not rated');
		await userEvent.click(screen.getByRole('checkbox', { name: 'Friends' }));
		const note = screen.getByLabelText('Note');
		expect(note).toHaveAttribute('spellcheck', 'false');
		await userEvent.type(note, 'Hard morning 🌧️ بعد الظهر أفضل');
		await fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-20' } });
		await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));

		await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
		const [stored] = await app.store.checkIns.toArray();
		expect(stored).toMatchObject({
			day: '2026-11-20',
			mood: 3,
			ratings: { [anxiety!.id]: 8 },
			tagIds: [friends.id],
			note: 'Hard morning 🌧️ بعد الظهر أفضل',
			filledInLater: true
		});
		expect(stored!.ratings).not.toHaveProperty(lowMood!.id);
	});

	test('the note says how much room is left from 90 % of its limit, and how much is over past it', async () => {
		const app = await makeApp();
		renderWithApp(CheckInForm, app, { onsaved: vi.fn() });
		const note = await screen.findByLabelText('Note');
		await fireEvent.input(note, { target: { value: 'a'.repeat(8_999) } });
		expect(screen.queryByText(/characters left/)).not.toBeInTheDocument();
		await fireEvent.input(note, { target: { value: 'a'.repeat(9_001) } });
		// The counter is fetched once the note comes near its limit.
		expect(await screen.findByText('999 characters left')).toBeInTheDocument();
		expect(note).toHaveAccessibleDescription(/999 characters left/);
		await fireEvent.input(note, { target: { value: 'a'.repeat(10_050) } });
		expect(note).toHaveAccessibleDescription(/50 characters over the limit: shorten this to save it/);
		expect(screen.queryByText(/-50/)).not.toBeInTheDocument();
	});

	test('what was chosen comes back after a reload, as a draft', async () => {
		const app = await makeApp();
		const first = renderWithApp(CheckInForm, app, { onsaved: () => {} });
		await fireEvent.input(await screen.findByRole('slider', { name: 'How is your mood right now?' }), {
			target: { value: '4' }
		});
		await waitFor(async () =>
			expect((await getDraft(app.store, 'check-in:new'))?.value).toMatchObject({ mood: 4 })
		);
		first.unmount();
		renderWithApp(CheckInForm, app, { onsaved: () => {} });
		await screen.findByText('We kept what you had started.');
		expect(mood()).toHaveAttribute('aria-valuetext', '4 out of 10');
	});

	test('archived symptoms leave the form but an old entry that rated one still shows it when edited', async () => {
		const app = await makeApp();
		const [anxiety] = await listSymptoms(app.store);
		await app.store.symptoms.update(anxiety!.id, { archived: true });
		const first = renderWithApp(CheckInForm, app, { onsaved: () => {} });
		await screen.findByRole('slider', { name: 'Low mood' });
		expect(screen.queryByRole('slider', { name: 'Anxiety' })).not.toBeInTheDocument();
		first.unmount();

		const existing = {
			id: '70000000-0000-4000-8000-000000000001',
			day: '2026-11-21',
			at: '2026-11-21T10:00:00.000+00:00',
			mood: 5,
			ratings: { [anxiety!.id]: 9 },
			tagIds: [],
			note: '',
			filledInLater: false,
			createdAt: '2026-11-21T10:00:00.000+00:00',
			updatedAt: '2026-11-21T10:00:00.000+00:00'
		};
		await app.store.checkIns.add(existing);
		const onsaved = vi.fn();
		renderWithApp(CheckInForm, app, { existing, onsaved });
		expect(await screen.findByRole('slider', { name: 'Anxiety' })).toHaveAttribute(
			'aria-valuetext',
			'9 out of 10'
		);
		// An edit asks about the day and time the entry describes, not "right now".
		expect(screen.queryByRole('slider', { name: 'How is your mood right now?' })).not.toBeInTheDocument();
		const then = screen.getByRole('slider', {
			name: /^How was your mood on Saturday, November 21, 2026, 10:00/
		});
		await fireEvent.input(then, { target: { value: '6' } });
		await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
		await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
		expect(await app.store.checkIns.get(existing.id)).toMatchObject({
			mood: 6,
			at: existing.at,
			ratings: { [anxiety!.id]: 9 },
			updatedAt: '2026-11-22T09:30:00.000+00:00'
		});
	});
});

describe('a stored check-in draft of the wrong shape', () => {
	test('its words are offered to copy (the notice loads only then), and the form still saves', async () => {
		const app = await makeApp();
		const stamp = '2026-11-22T09:00:00.000+00:00';
		const odd = { mood: 'very low', note: ['Rough morning after the call'] };
		await app.store.drafts.put({ key: 'check-in:new', value: odd, createdAt: stamp, updatedAt: stamp });
		const onsaved = vi.fn();
		renderWithApp(CheckInForm, app, { onsaved });

		const kept = await screen.findByRole('textbox', { name: /could not go back into this form/ });
		expect((kept as HTMLTextAreaElement).value).toContain('Rough morning after the call');
		await fireEvent.input(mood(), { target: { value: '3' } });
		await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
		await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
		expect((await app.store.checkIns.toArray()).map((entry) => entry.mood)).toEqual([3]);
	});
});
