import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { addDays } from '$lib/domain/time';
import { formatShortDate } from '$lib/i18n/format-more';
import { handOverDeleted, takeDeleted } from '$lib/features/measures/deleted-response';
import MeasureResult from '$lib/features/measures/MeasureResult.svelte';
import MeasuresHome from '$lib/features/measures/MeasuresHome.svelte';
import { answersFor, makeMeasureResponse } from '../factories';
import { makeApp, renderWithApp } from './render';

const navigation = vi.hoisted(() => ({ goto: vi.fn(async (_to: string) => {}) }));
vi.mock('$app/navigation', () => navigation);

const pastList = () => within(screen.getByRole('region', { name: 'Past results' }));
const id = (n: number) => `70000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('past results', () => {
	test('show the latest first, ten at a time, with Show older until none are left', async () => {
		const app = await makeApp();
		await app.store.measureResponses.bulkAdd(
			Array.from({ length: 25 }, (_, n) =>
				makeMeasureResponse({
					id: id(n),
					answers: answersFor('phq9', n % 27),
					at: `${addDays('2026-11-22', -7 * n)}T09:00:00.000+00:00`
				})
			)
		);
		renderWithApp(MeasuresHome, app);
		await waitFor(() => expect(pastList().getAllByRole('link')).toHaveLength(10));
		expect(pastList().getAllByRole('link')[0]).toHaveAccessibleName(
			new RegExp(`^PHQ-9 · ${formatShortDate('2026-11-22')} `)
		);
		expect(pastList().getAllByRole('link')[9]).toHaveAccessibleName(
			new RegExp(`^PHQ-9 · ${formatShortDate('2026-09-20')} `)
		);
		await userEvent.click(screen.getByRole('button', { name: 'Show older results' }));
		await waitFor(() => expect(pastList().getAllByRole('link')).toHaveLength(20));
		await userEvent.click(screen.getByRole('button', { name: 'Show older results' }));
		await waitFor(() => expect(pastList().getAllByRole('link')).toHaveLength(25));
		expect(screen.queryByRole('button', { name: 'Show older results' })).not.toBeInTheDocument();
	});
});

describe('deleting a result', () => {
	test('the result screen deletes it, hands it to the questionnaires screen and goes there', async () => {
		const app = await makeApp();
		const response = makeMeasureResponse({ id: id(100), answers: answersFor('phq9', 11) });
		await app.store.measureResponses.add(response);
		renderWithApp(MeasureResult, app, { id: response.id });
		await userEvent.click(await screen.findByRole('button', { name: 'Delete this result' }));
		await waitFor(() => expect(navigation.goto).toHaveBeenCalledWith('/measures'));
		expect(await app.store.measureResponses.get(response.id)).toBeUndefined();
		expect(takeDeleted()).toEqual(response);
		expect(takeDeleted()).toBeNull();
	});

	test('the questionnaires screen says so, the schedule follows what is left, and Undo puts it back', async () => {
		const app = await makeApp();
		const older = makeMeasureResponse({
			id: id(101),
			answers: answersFor('phq9', 12),
			at: '2026-10-25T09:00:00.000+00:00'
		});
		const latest = makeMeasureResponse({
			id: id(102),
			answers: answersFor('phq9', 8),
			at: '2026-11-20T09:00:00.000+00:00'
		});
		await app.store.measureResponses.bulkAdd([older]);
		handOverDeleted(latest);
		renderWithApp(MeasuresHome, app);
		expect(
			await screen.findByText(`PHQ-9 result from ${formatShortDate('2026-11-20')} deleted.`)
		).toBeInTheDocument();
		const phq9 = within(await screen.findByRole('region', { name: 'Mood · PHQ-9' }));
		// Only the October one is left: it is the last, and the next was due on 8 November, so it is offered now.
		expect(
			await phq9.findByText(`Last: ${formatShortDate('2026-10-25')}, 12 of 27 (Moderate)`)
		).toBeInTheDocument();
		expect(phq9.getByText('Ready when you are.')).toBeInTheDocument();

		await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(await screen.findByText('Result restored.')).toBeInTheDocument();
		expect(await app.store.measureResponses.get(latest.id)).toEqual(latest);
		expect(
			await phq9.findByText(`Last: ${formatShortDate('2026-11-20')}, 8 of 27 (Mild)`)
		).toBeInTheDocument();
		expect(phq9.getByText(`Next suggested ${formatShortDate('2026-12-04')}.`)).toBeInTheDocument();
		await waitFor(() => expect(pastList().getAllByRole('link')).toHaveLength(2));
	});
});
