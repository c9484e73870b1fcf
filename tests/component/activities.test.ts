import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { emptyActivityLog, emptyActivityPlan, type Activity } from '$lib/domain/worksheets/activity';
import ActivitiesScreen from '$lib/features/worksheets/ActivitiesScreen.svelte';
import { makeApp, renderWithApp } from './render';

let count = 0;
function stored(fields: Partial<Activity> & { kind: Activity['kind'] }): Activity {
	count += 1;
	const at = `2026-11-${String(10 + count).padStart(2, '0')}T12:00:00.000+00:00`;
	const base = {
		id: `00000000-0000-4000-8000-${String(count).padStart(12, '0')}`,
		completedAt: fields.kind === 'activity-log' ? at : null,
		editedAt: [],
		createdAt: at,
		updatedAt: at
	};
	const empty =
		fields.kind === 'activity-plan' ? emptyActivityPlan('2026-11-23') : emptyActivityLog('2026-11-21', 10);
	return { ...base, ...empty, activity: 'Walk', ...fields } as Activity;
}

describe('the activities screen', () => {
	test('a log entry needs a name: saying so beside the field, storing nothing; with one it is in the log', async () => {
		const app = await makeApp();
		renderWithApp(ActivitiesScreen, app);
		const form = within(await screen.findByRole('form', { name: 'Log an activity' }));
		await userEvent.click(form.getByRole('button', { name: 'Add to the log' }));
		expect(await form.findByText('Say what the activity was, in a word or two.')).toBeInTheDocument();
		expect(form.getByLabelText('What did you do?')).toHaveAttribute('aria-invalid', 'true');
		expect(await app.store.worksheets.count()).toBe(0);

		await userEvent.type(form.getByLabelText('What did you do?'), 'Cooked dinner');
		// The time of day starts from the clock: 09:30 is morning.
		expect(form.getByLabelText<HTMLSelectElement>('Time of day').value).toBe('morning');
		await fireEvent.input(form.getByRole('slider', { name: 'Mood' }), { target: { value: '6' } });
		await userEvent.click(form.getByRole('button', { name: 'Add to the log' }));
		const log = within(screen.getByRole('region', { name: 'Your log' }));
		expect(await log.findByText('Morning: Cooked dinner')).toBeInTheDocument();
		expect(log.getByText('Mood 6 · Mastery – · Pleasure –')).toBeInTheDocument();
		expect(form.getByLabelText<HTMLInputElement>('What did you do?').value).toBe('');
		const [row] = await app.store.worksheets.toArray();
		expect(row).toMatchObject({
			kind: 'activity-log',
			activity: 'Cooked dinner',
			day: '2026-11-22',
			mood: 6
		});
	});

	test('a plan that did not happen is marked so, without blame, and leaves the plan for the log', async () => {
		const app = await makeApp();
		await app.store.worksheets.add(stored({ kind: 'activity-plan', activity: 'Swim', block: 'evening' }));
		renderWithApp(ActivitiesScreen, app);
		const planned = within(await screen.findByRole('region', { name: 'Planned' }));
		expect(await planned.findByText('Swim')).toBeInTheDocument();
		await userEvent.click(planned.getByRole('button', { name: 'Swim didn’t happen' }));
		expect(
			await screen.findByText(/Marked as not done\. Noticing what gets in the way is useful too\./)
		).toBeInTheDocument();
		expect(await planned.findByText('Nothing planned yet.')).toBeInTheDocument();
		const log = within(screen.getByRole('region', { name: 'Your log' }));
		expect(log.getByText('Evening: Swim')).toBeInTheDocument();
		expect(log.getByText('Planned, didn’t happen')).toBeInTheDocument();
		const [row] = await app.store.worksheets.toArray();
		expect(row).toMatchObject({ kind: 'activity-plan', status: 'not-done' });
	});

	test('the summary waits for six mood ratings, then says what went with better mood, not why', async () => {
		const app = await makeApp();
		const moods = [7, 8, 4, 5, 9];
		const names = ['Walk', 'walk', 'TV', 'TV', 'Call Gran'];
		await app.store.worksheets.bulkAdd(
			moods.map((mood, i) => stored({ kind: 'activity-log', activity: names[i], mood }))
		);
		const first = renderWithApp(ActivitiesScreen, app);
		const summary = () => within(screen.getByRole('region', { name: 'What went with better mood' }));
		await waitFor(() =>
			expect(
				summary().getByText(
					'After one more activity with a mood rating, this will show which ones went with better mood.'
				)
			).toBeInTheDocument()
		);
		first.unmount();

		// A sixth: 7 + 8 + 4 + 5 + 9 + 6 = 39 / 6 = 6.5. Walk 7, 8, 6 = 7 (+0.5); TV 4.5 (-2).
		await app.store.worksheets.add(stored({ kind: 'activity-log', activity: 'Walk ', mood: 6 }));
		renderWithApp(ActivitiesScreen, app);
		await waitFor(() =>
			expect(
				summary().getByText('Over 6 activities with a mood rating, your mood averaged 6.5.')
			).toBeInTheDocument()
		);
		expect(summary().getByText('Walk: mood 7 on average, 3 times')).toBeInTheDocument();
		expect(summary().getByText('0.5 above your average')).toBeInTheDocument();
		expect(summary().getByText('TV: mood 4.5 on average, 2 times')).toBeInTheDocument();
		expect(summary().getByText('2 below your average')).toBeInTheDocument();
		expect(summary().getByText(/not proof of what causes what/)).toBeInTheDocument();
	});
});
