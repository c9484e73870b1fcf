import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { emptyProblemSolving } from '$lib/domain/worksheets/problem-solving';
import ProblemSolvingForm from '$lib/features/worksheets/ProblemSolvingForm.svelte';
import { makeApp, renderWithApp } from './render';

const ID = '40000000-0000-4000-8000-000000000001';

async function expectStep(n: number, of: number, title: string) {
	expect(await screen.findByText(`Step ${n} of ${of}`)).toBeInTheDocument();
	expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
}
const next = () => userEvent.click(screen.getByRole('button', { name: 'Next' }));

describe('problem solving, step by step', () => {
	test('each step by its heading and labels; a removed option is no longer the choice; the plan is saved', async () => {
		const app = await makeApp();
		const onsaved = vi.fn();
		renderWithApp(ProblemSolvingForm, app, { id: ID, onsaved });

		await expectStep(1, 6, 'The problem');
		await userEvent.type(screen.getByRole('textbox', { name: 'The problem' }), 'The leak');
		await next();

		await expectStep(2, 6, 'Options');
		for (const option of ['Call', 'Email'])
			await userEvent.type(screen.getByRole('textbox', { name: 'An option' }), `${option}{Enter}`);
		expect(screen.getByRole('textbox', { name: 'Option 2' })).toHaveValue('Email');
		// Near its limit, the line says how much room is left.
		await fireEvent.input(screen.getByRole('textbox', { name: 'An option' }), {
			target: { value: 'x'.repeat(250) }
		});
		expect(await screen.findByText('50 characters left')).toBeInTheDocument();
		await fireEvent.input(screen.getByRole('textbox', { name: 'An option' }), { target: { value: '' } });
		await next();

		await expectStep(3, 6, 'Pros and cons');
		const email = within(screen.getByRole('group', { name: 'Email' }));
		await userEvent.type(email.getByRole('textbox', { name: 'For it' }), 'Calm');
		await next();

		await expectStep(4, 6, 'Choose');
		await userEvent.click(screen.getByRole('radio', { name: 'Call' }));
		await userEvent.click(screen.getByRole('button', { name: 'Back' }));
		await userEvent.click(screen.getByRole('button', { name: 'Back' }));
		await userEvent.click(screen.getByRole('button', { name: 'Remove “Call”' }));
		await next();
		await next();
		// The chosen option was removed: nothing is chosen, and Next says so.
		expect(screen.getByRole('radio', { name: 'Email' })).not.toBeChecked();
		await next();
		expect(await screen.findByRole('alert')).toHaveTextContent('Choose the option you will try first.');
		await userEvent.click(screen.getByRole('radio', { name: 'Email' }));
		await next();

		await expectStep(5, 6, 'Plan the steps');
		await userEvent.click(screen.getByRole('button', { name: 'Save the plan' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Write at least one step of your plan.');
		await userEvent.type(screen.getByRole('textbox', { name: 'A step' }), 'Write it{Enter}');
		await userEvent.click(screen.getByRole('button', { name: 'Save the plan' }));
		await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
		const stored = await app.store.worksheets.get(ID);
		expect(stored).toMatchObject({
			kind: 'problem-solving',
			problem: 'The leak',
			options: [{ text: 'Email', pros: 'Calm', cons: '' }],
			plan: [{ text: 'Write it', done: false }],
			outcome: null
		});
		expect(stored?.kind === 'problem-solving' && stored.chosen).toBe(
			stored?.kind === 'problem-solving' && stored.options[0]?.id
		);
	});

	test('a saved plan reopens at looking back, and its outcome is kept', async () => {
		const app = await makeApp();
		const existing = {
			...emptyProblemSolving(),
			problem: 'The leak',
			options: [{ id: 'o1', text: 'Email', pros: '', cons: '' }],
			chosen: 'o1',
			plan: [{ id: 's1', text: 'Write it', done: false }]
		};
		const onsaved = vi.fn();
		renderWithApp(ProblemSolvingForm, app, { id: ID, existing, onsaved });
		await expectStep(6, 6, 'Look back');
		expect(screen.getByText('Email', { selector: 'blockquote' })).toBeInTheDocument();
		await userEvent.click(screen.getByRole('checkbox', { name: 'Write it' }));
		await userEvent.click(screen.getByRole('radio', { name: 'Solved' }));
		await userEvent.click(screen.getByRole('button', { name: 'See the summary' }));
		expect(await screen.findByText('1 of 1 steps done')).toBeInTheDocument();
		await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
		await waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
		expect(await app.store.worksheets.get(ID)).toMatchObject({
			outcome: 'solved',
			plan: [{ text: 'Write it', done: true }]
		});
	});
});
