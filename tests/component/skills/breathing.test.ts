import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import BreathingSkill from '$lib/features/skills/breathing/BreathingSkill.svelte';
import { makeApp, renderWithApp } from '../render';
import { manualClock } from './clock';

describe('breathing pacer', () => {
	test('4-7-8 is offered as a count of breaths, not minutes: the pacer follows the clock, pauses, and the practice is logged with distress before and after', async () => {
		const clock = manualClock();
		const app = await makeApp(clock.now);
		renderWithApp(BreathingSkill, app);
		const user = userEvent.setup({ delay: null });

		await user.click(await screen.findByRole('radio', { name: '7' }));
		await user.click(screen.getByRole('button', { name: 'Begin' }));
		await user.click(screen.getByRole('radio', { name: '4-7-8' }));
		// Weil's counts, and no length in minutes.
		const counts = screen.getByRole('group', { name: 'How many breaths' });
		expect(
			within(counts)
				.getAllByRole('radio')
				.map((radio) => radio.closest('label')?.textContent?.trim())
		).toEqual(['4 breaths', '8 breaths']);
		expect(within(counts).getByRole('radio', { name: '4 breaths' })).toBeChecked();
		expect(screen.queryByRole('group', { name: 'Length' })).not.toBeInTheDocument();
		expect(screen.queryByRole('radio', { name: '1 min' })).not.toBeInTheDocument();
		expect(
			screen.getByText('Four breaths for the first month. Eight at most after that.')
		).toBeInTheDocument();
		// Cues are offered but off.
		expect(screen.getByRole('checkbox', { name: 'Soft sound' })).not.toBeChecked();
		await user.click(screen.getByRole('button', { name: 'Start breathing' }));

		const pacer = screen.getByRole('group', { name: 'Breathing pacer' });
		expect(within(pacer).getByText('1 of 4')).toBeInTheDocument();
		expect(within(pacer).getByText('Breath 1 of 4')).toBeInTheDocument();
		expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe in');

		clock.advance(4.5);
		await waitFor(() => expect(within(pacer).getByText('1 of 7')).toBeInTheDocument());
		expect(within(pacer).getByRole('status')).toHaveTextContent('Hold');

		clock.advance(7);
		await waitFor(() => expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe out'));
		expect(within(pacer).getByText('1 of 8')).toBeInTheDocument();

		// Paused time does not move the pacer.
		await user.click(screen.getByRole('button', { name: 'Pause' }));
		expect(within(pacer).getByRole('status')).toHaveTextContent('Paused');
		clock.advance(60);
		await user.click(screen.getByRole('button', { name: 'Resume' }));
		expect(within(pacer).getByText('1 of 8')).toBeInTheDocument();
		expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe out');

		clock.advance(8);
		await waitFor(() => expect(within(pacer).getByText('Breath 2 of 4')).toBeInTheDocument());
		await user.click(screen.getByRole('button', { name: 'Finish now' }));

		await user.click(screen.getByRole('radio', { name: '3' }));
		await user.type(screen.getByLabelText('Note (optional)'), 'at my desk');
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		expect(await screen.findByText('Distress 7 before, 3 after.')).toBeInTheDocument();

		const [stored] = await app.store.practices.toArray();
		expect(stored).toMatchObject({
			skill: 'breathing',
			distressBefore: 7,
			distressAfter: 3,
			note: 'at my desk',
			// 4.5 + 7 + 8 s of breathing; the minute paused is not counted.
			durationSeconds: 20,
			details: { pattern: '4-7-8', count: 4, breaths: 1 }
		});
		const log = screen.getByRole('region', { name: 'Your practice log' });
		expect(await within(log).findByText('4-7-8 · 1 breath')).toBeInTheDocument();
		expect(within(log).getByText('Distress before: 7, after: 3')).toBeInTheDocument();
		// The chosen pattern and count are remembered for next time.
		expect(await app.store.skillPrefs.get('breathing')).toMatchObject({ pattern: '4-7-8', count: 4 });
	});

	test('4-7-8 for eight breaths runs exactly eight cycles of in 4, hold 7, out 8, then ends', async () => {
		const clock = manualClock();
		const app = await makeApp(clock.now);
		renderWithApp(BreathingSkill, app);
		const user = userEvent.setup({ delay: null });
		await user.click(await screen.findByRole('button', { name: 'Continue without rating' }));
		await user.click(screen.getByRole('radio', { name: '4-7-8' }));
		await user.click(screen.getByRole('radio', { name: '8 breaths' }));
		await user.click(screen.getByRole('button', { name: 'Start breathing' }));
		const pacer = screen.getByRole('group', { name: 'Breathing pacer' });
		// Seven full breaths of 19 s: the eighth is under way and nothing has ended.
		clock.advance(7 * 19 + 0.5);
		await waitFor(() => expect(within(pacer).getByText('Breath 8 of 8')).toBeInTheDocument());
		expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe in');
		clock.advance(4 + 7);
		await waitFor(() => expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe out'));
		expect(
			screen.queryByText('That is the last breath. Take a moment before you carry on.')
		).not.toBeInTheDocument();
		// The eighth out-breath ends it: 8 x 19 = 152 s.
		clock.advance(8);
		expect(
			await screen.findByText('That is the last breath. Take a moment before you carry on.')
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Continue' }));
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		await screen.findByText('Saved without a full rating.');
		expect((await app.store.practices.toArray())[0]).toMatchObject({
			durationSeconds: 152,
			details: { pattern: '4-7-8', count: 8, breaths: 8 }
		});
	});

	test('in 4, out 6 has no holds and is chosen by minutes', async () => {
		const clock = manualClock();
		const app = await makeApp(clock.now);
		renderWithApp(BreathingSkill, app);
		const user = userEvent.setup({ delay: null });
		await user.click(await screen.findByRole('button', { name: 'Continue without rating' }));
		await user.click(screen.getByRole('radio', { name: 'In 4, out 6' }));
		await user.click(screen.getByRole('radio', { name: '1 min' }));
		expect(screen.getByText('About 6 breaths.')).toBeInTheDocument();
		expect(screen.queryByRole('group', { name: 'How many breaths' })).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Start breathing' }));
		const pacer = screen.getByRole('group', { name: 'Breathing pacer' });
		expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe in');
		expect(within(pacer).getByText('1 of 4')).toBeInTheDocument();
		// Straight from in to out, and from out to the next in, with no hold.
		clock.advance(4.5);
		await waitFor(() => expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe out'));
		expect(within(pacer).getByText('1 of 6')).toBeInTheDocument();
		clock.advance(6);
		await waitFor(() => expect(within(pacer).getByText('Breath 2 of 6')).toBeInTheDocument());
		expect(within(pacer).getByRole('status')).toHaveTextContent('Breathe in');
		clock.advance(50);
		await screen.findByText('That is the last breath. Take a moment before you carry on.');
		await user.click(screen.getByRole('button', { name: 'Continue' }));
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		await screen.findByText('Saved without a full rating.');
		const [stored] = await app.store.practices.toArray();
		expect(stored).toMatchObject({
			durationSeconds: 60,
			details: { pattern: 'paced', minutes: 1, breaths: 6 }
		});
		expect(stored?.details).not.toHaveProperty('count');
	});

	test('rating can be skipped, and the whole practice run to its end', async () => {
		const clock = manualClock();
		const app = await makeApp(clock.now);
		renderWithApp(BreathingSkill, app);
		const user = userEvent.setup({ delay: null });
		await user.click(await screen.findByRole('button', { name: 'Continue without rating' }));
		await user.click(screen.getByRole('radio', { name: '1 min' }));
		await user.click(screen.getByRole('button', { name: 'Start breathing' }));
		clock.advance(64);
		expect(
			await screen.findByText('That is the last breath. Take a moment before you carry on.')
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Continue' }));
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		await screen.findByText('Saved without a full rating.');
		expect((await app.store.practices.toArray())[0]).toMatchObject({
			distressBefore: null,
			distressAfter: null,
			durationSeconds: 64,
			details: { pattern: 'box', minutes: 1, breaths: 4 }
		});
	});
});
