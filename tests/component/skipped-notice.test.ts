import { screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import HelpNow from '$lib/features/help-now/HelpNow.svelte';
import MeasuresHome from '$lib/features/measures/MeasuresHome.svelte';
import { makeContact, makeMeasureResponse, makePlanContent, NOW } from '../factories';
import { makeApp, renderWithApp } from './render';

describe('a saved record that cannot be read', () => {
	test('Help now still shows the plan and the other people, with a quiet notice', async () => {
		const app = await makeApp();
		const good = makeContact({ name: 'Sam', phone: '0400 000 000', order: 0 });
		const bad = makeContact({ name: 'Kim', order: 1 });
		await app.store.contacts.add(good);
		await app.store.table('contacts').put({ ...bad, phone: 4000 });
		await app.store.safetyPlan.put({
			id: 'safety-plan',
			...makePlanContent({ warningSigns: ['Not sleeping'] }, { helpers: [good.id, bad.id] }),
			reviewedOn: null,
			reviewSnoozedUntil: null,
			createdAt: NOW,
			updatedAt: NOW
		});
		renderWithApp(HelpNow, app);
		expect(await screen.findByText('Not sleeping')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Call Sam, 0400 000 000' })).toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent(
			'1 saved item could not be read and is not shown. Everything else is here.'
		);
	});

	test('the measures list shows the other results, with a quiet notice', async () => {
		const app = await makeApp();
		await app.store.measureResponses.add(makeMeasureResponse({ at: '2026-11-01T09:00:00.000+00:00' }));
		await app.store
			.table('measureResponses')
			.put({ ...makeMeasureResponse({ at: '2026-11-20T09:00:00.000+00:00' }), instrument: 'pcl5' });
		renderWithApp(MeasuresHome, app);
		expect(await screen.findByText(/could not be read and is not shown/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: /^PHQ-9 · / })).toBeInTheDocument();
	});
});
