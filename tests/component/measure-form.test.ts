import { screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { getDraft } from '$lib/db/drafts';
import MeasureForm from '$lib/features/measures/MeasureForm.svelte';
import { makeApp, renderWithApp } from './render';

const answer = (name: string) => userEvent.click(screen.getByRole('radio', { name }));

// Many steps in jsdom: allow for a slow machine.
describe('a PHQ-9 step by step', () => {
	test('shows the published stem and one item per step; a tapped answer moves on and Back returns with it kept', async () => {
		const app = await makeApp();
		renderWithApp(MeasureForm, app, { instrument: 'phq9', onfinished: () => {} });
		expect(
			screen.getByText(
				'Over the last 2 weeks, how often have you been bothered by any of the following problems?'
			)
		).toBeInTheDocument();
		expect(await screen.findByText('Question 1 of 9')).toBeInTheDocument();
		const first = screen.getByRole('group', { name: 'Little interest or pleasure in doing things' });
		expect([...first.querySelectorAll('label')].map((label) => label.textContent?.trim())).toEqual([
			'Not at all',
			'Several days',
			'More than half the days',
			'Nearly every day'
		]);

		await answer('More than half the days');
		expect(await screen.findByText('Question 2 of 9')).toBeInTheDocument();
		expect(screen.getByText('Feeling down, depressed, or hopeless')).toHaveFocus();
		await userEvent.click(screen.getByRole('button', { name: 'Back' }));
		expect(await screen.findByText('Question 1 of 9')).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'More than half the days' })).toBeChecked();
		await waitFor(async () =>
			expect((await getDraft(app.store, 'measure:phq9'))?.value).toMatchObject({
				answers: [2, null, null, null, null, null, null, null, null]
			})
		);
		expect(await app.store.measureResponses.count()).toBe(0);
	});

	test('Next without an answer asks for one; the keyboard browses answers without moving on', async () => {
		const app = await makeApp();
		renderWithApp(MeasureForm, app, { instrument: 'gad7', onfinished: () => {} });
		await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer to go on.');
		screen.getByRole('radio', { name: 'Not at all' }).focus();
		await userEvent.keyboard('{ArrowDown}');
		expect(screen.getByRole('radio', { name: 'Several days' })).toBeChecked();
		expect(screen.getByText('Question 1 of 7')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Next' }));
		expect(await screen.findByText('Question 2 of 7')).toBeInTheDocument();
	});

	test('item 9 above 0 shows crisis lines and the client’s people at once, without stopping the form', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'US' };
		await app.store.contacts.add({
			id: '80000000-0000-4000-8000-000000000001',
			name: 'Dr Lee',
			phone: '555 0100',
			kind: 'therapist',
			canText: false,
			note: '',
			order: 0,
			createdAt: '2026-11-01T09:00:00.000+00:00',
			updatedAt: '2026-11-01T09:00:00.000+00:00'
		});
		const onfinished = vi.fn();
		renderWithApp(MeasureForm, app, { instrument: 'phq9', onfinished });
		await screen.findByText('Question 1 of 9');
		for (let i = 0; i < 8; i += 1) await answer('Not at all');
		expect(screen.getByText('Question 9 of 9')).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: /carry this alone/ })).not.toBeInTheDocument();

		await answer('Several days');
		const help = await screen.findByRole('heading', { name: 'You don’t have to carry this alone' });
		expect(help).toHaveFocus();
		expect(screen.getByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline, 988' })).toHaveAttribute(
			'href',
			'tel:988'
		);
		expect(await screen.findByRole('link', { name: 'Call Dr Lee, 555 0100' })).toHaveAttribute(
			'href',
			'tel:5550100'
		);
		// It speaks to both halves of item 9: being better off dead, and hurting oneself.
		expect(
			screen.getByText(
				/thoughts that you would be better off dead, or thoughts of hurting yourself in some way/
			)
		).toBeInTheDocument();
		expect(screen.getByText(/Nobody watches these answers in real time/)).toBeInTheDocument();
		expect(screen.getByText(/tell your therapist/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Open Help now' })).toHaveAttribute('href', '/help#plan');
		expect(
			screen.getByText('Crisis lines and your people are now shown at the top of this page.')
		).toBeInTheDocument();
		expect(screen.getByText(/carry on with the questions/)).toBeInTheDocument();

		// Not blocking: the last question is still there and the form finishes.
		await answer('Somewhat difficult');
		await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
		await waitFor(() => expect(onfinished).toHaveBeenCalledOnce());
		const stored = await app.store.measureResponses.toArray();
		expect(onfinished).toHaveBeenCalledWith(stored[0]);
		expect(await getDraft(app.store, 'measure:phq9')).toBeUndefined();
		expect(stored[0]).toMatchObject({
			instrument: 'phq9',
			answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
			difficulty: 1,
			total: 1,
			severity: 'minimal',
			safetyFlag: true
		});
	});
});
