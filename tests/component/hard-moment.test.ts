import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import CheckInScreen from '$lib/features/check-in/CheckInScreen.svelte';
import MeasureResult from '$lib/features/measures/MeasureResult.svelte';
import { answersFor, makeMeasureResponse, makePractice } from '../factories';
import { makeApp, renderWithApp } from './render';

async function checkIn(mood: number) {
	const slider = await screen.findByRole('slider', { name: 'How is your mood right now?' });
	await fireEvent.input(slider, { target: { value: String(mood) } });
	await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
}

describe('after a hard moment, a gentle next step', () => {
	test('a check-in at mood 2 gets small steps, not the good day’s thanks', async () => {
		renderWithApp(CheckInScreen, await makeApp());
		await checkIn(2);
		const card = within(await screen.findByRole('region', { name: 'That sounds like a hard time' }));
		expect(card.getByText(/slow breathing can take the edge off/)).toBeInTheDocument();
		expect(card.getByRole('link', { name: 'Open Breathing pacer' })).toHaveAttribute(
			'href',
			'/skills/breathing'
		);
		expect(card.getByText(/Tell your therapist/)).toBeInTheDocument();
		expect(card.getByRole('link', { name: 'Open Help now' })).toHaveAttribute('href', '/help');
		expect(card.getByRole('link', { name: 'Back to Today' })).toBeInTheDocument();
		expect(screen.queryByText('Thank you for taking a moment for yourself.')).not.toBeInTheDocument();
	});

	test('a check-in at mood 3 is thanked as usual', async () => {
		renderWithApp(CheckInScreen, await makeApp());
		await checkIn(3);
		await screen.findByRole('heading', { name: 'Check-in saved' });
		expect(screen.getByText('Thank you for taking a moment for yourself.')).toBeInTheDocument();
		expect(screen.queryByText('That sounds like a hard time')).not.toBeInTheDocument();
	});

	test('the skill suggested is the one the client’s own ratings say has helped them', async () => {
		const app = await makeApp();
		await app.store.practices.bulkAdd(
			Array.from({ length: 5 }, () => makePractice('grounding', { distressBefore: 7, distressAfter: 4 }))
		);
		renderWithApp(CheckInScreen, app);
		await checkIn(0);
		const card = within(await screen.findByRole('region', { name: 'That sounds like a hard time' }));
		expect(
			await card.findByText('5-4-3-2-1 grounding has helped you before, by your own ratings.')
		).toBeInTheDocument();
		expect(card.getByRole('link', { name: 'Open 5-4-3-2-1 grounding' })).toHaveAttribute(
			'href',
			'/skills/grounding'
		);
	});

	test('a PHQ-9 in the severe band (20) gets the steps after its score; 19 does not', async () => {
		const app = await makeApp();
		const severe = makeMeasureResponse({ answers: answersFor('phq9', 20) });
		const lower = makeMeasureResponse({ answers: answersFor('phq9', 19) });
		await app.store.measureResponses.bulkAdd([severe, lower]);

		const first = renderWithApp(MeasureResult, app, { id: severe.id });
		await screen.findByRole('heading', { name: '20 out of 27' });
		const card = within(screen.getByRole('region', { name: 'That sounds like a hard time' }));
		expect(card.getByText(/last two weeks have been very hard/)).toBeInTheDocument();
		first.unmount();

		renderWithApp(MeasureResult, app, { id: lower.id });
		await screen.findByRole('heading', { name: '19 out of 27' });
		await waitFor(() => expect(screen.queryByText('That sounds like a hard time')).not.toBeInTheDocument());
	});

	test('below the item-9 panel the steps keep to the skill: the crisis lines, Help now and the therapist are said once', async () => {
		const app = await makeApp();
		const severe = makeMeasureResponse({ answers: answersFor('phq9', 27, 3) });
		await app.store.measureResponses.add(severe);

		renderWithApp(MeasureResult, app, { id: severe.id });
		await screen.findByRole('heading', { name: '27 out of 27' });
		const card = within(screen.getByRole('region', { name: 'That sounds like a hard time' }));
		expect(card.getByRole('link', { name: 'Open Breathing pacer' })).toBeInTheDocument();
		expect(card.queryByRole('link', { name: /Help now/ })).toBeNull();
		expect(card.queryByText(/therapist/)).toBeNull();
		expect(screen.getAllByText(/tell your therapist/i)).toHaveLength(1);
	});
});
