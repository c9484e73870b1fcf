import { screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { getSettings } from '$lib/db/settings';
import CheckInStatus from '$lib/features/check-in/CheckInStatus.svelte';
import MeasuresDue from '$lib/features/measures/MeasuresDue.svelte';
import SettingsPanel from '$lib/features/settings/SettingsPanel.svelte';
import { answersFor, makeCheckIn, makeMeasureResponse } from '../factories';
import { makeApp, renderWithApp } from './render';

describe('Today’s check-in status', () => {
	test('is neutral: no check-in yet, then when and how many, never a streak or a missed day', async () => {
		const app = await makeApp();
		await app.store.checkIns.add(makeCheckIn({ at: '2026-11-21T08:00:00.000+00:00' }));
		const { container } = renderWithApp(CheckInStatus, app, { today: '2026-11-22' });
		expect(await screen.findByText('No check-ins yet today.')).toBeInTheDocument();
		await app.store.checkIns.add(makeCheckIn({ at: '2026-11-22T08:05:00.000+00:00' }));
		expect(await screen.findByText(/^Checked in today at 8:05/)).toBeInTheDocument();
		await app.store.checkIns.add(makeCheckIn({ at: '2026-11-22T09:15:00.000+00:00' }));
		expect(await screen.findByText(/^Checked in 2 times today, last at 9:15/)).toBeInTheDocument();
		expect(container.textContent).not.toMatch(/streak|missed/i);
	});
});

describe('the questionnaire schedule', () => {
	test('Today offers a measure never taken, stops once taken, and offers it again after the interval', async () => {
		const app = await makeApp();
		renderWithApp(MeasuresDue, app, { today: '2026-11-22' });
		expect(await screen.findByRole('link', { name: /Two short questionnaires/ })).toHaveAttribute(
			'href',
			'/measures'
		);
		await app.store.measureResponses.add(
			makeMeasureResponse({ answers: answersFor('phq9', 6), at: '2026-11-22T08:00:00.000+00:00' })
		);
		expect(await screen.findByRole('link', { name: /Your GAD-7 is ready/ })).toBeInTheDocument();
		await app.store.measureResponses.add(
			makeMeasureResponse({
				instrument: 'gad7',
				answers: answersFor('gad7', 3),
				at: '2026-11-09T08:00:00.000+00:00'
			})
		);
		// Both taken within the last 14 days: nothing to offer, and nothing said about it.
		await waitFor(() => expect(screen.queryByRole('link')).not.toBeInTheDocument());
		app.settings = { ...app.settings, measureInterval: 7 };
		expect(await screen.findByRole('link', { name: /Your GAD-7 is ready/ })).toBeInTheDocument();
		app.settings = { ...app.settings, measureInterval: null };
		await waitFor(() => expect(screen.queryByRole('link')).not.toBeInTheDocument());
	});

	test('the More screen changes the schedule or turns it off, and it is remembered', async () => {
		const app = await makeApp();
		renderWithApp(SettingsPanel, app);
		const group = screen.getByRole('group', { name: 'Offer them' });
		expect(screen.getByRole('radio', { name: 'Every 2 weeks' })).toBeChecked();
		expect(group).toBeInTheDocument();
		await userEvent.click(screen.getByRole('radio', { name: 'Every 4 weeks' }));
		await waitFor(async () => expect((await getSettings(app.store)).measureInterval).toBe(28));
		await userEvent.click(screen.getByRole('radio', { name: 'Never' }));
		await waitFor(async () => expect((await getSettings(app.store)).measureInterval).toBeNull());
		expect(screen.getByRole('radio', { name: 'Never' })).toBeChecked();
	});
});
