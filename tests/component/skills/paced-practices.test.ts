import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import BodyScanSkill from '$lib/features/skills/body-scan/BodyScanSkill.svelte';
import GroundingSkill from '$lib/features/skills/grounding/GroundingSkill.svelte';
import PushButtonSkill from '$lib/features/skills/push-button/PushButtonSkill.svelte';
import ThoughtStoppingSkill from '$lib/features/skills/thought-stopping/ThoughtStoppingSkill.svelte';
import { makeApp, renderWithApp } from '../render';
import { manualClock } from './clock';

const practice = () => screen.getByRole('region', { name: 'Practice' });

describe('5-4-3-2-1 grounding', () => {
	test('one step per sense with a field for each, back and forth, then logged', async () => {
		const clock = manualClock();
		const app = await makeApp(clock.now);
		renderWithApp(GroundingSkill, app);
		const user = userEvent.setup({ delay: null });
		await user.click(await screen.findByRole('radio', { name: '8' }));
		await user.click(screen.getByRole('button', { name: 'Begin' }));

		expect(screen.getByRole('heading', { name: '5 things you can see' })).toBeInTheDocument();
		expect(screen.getByText('Step 1 of 5')).toBeInTheDocument();
		await user.type(screen.getByLabelText('What can you see?'), 'lamp, window, cup, hands, door');
		clock.advance(40);
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(screen.getByRole('heading', { name: '4 things you can touch' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Back' }));
		expect(screen.getByLabelText('What can you see?')).toHaveValue('lamp, window, cup, hands, door');
		for (const [heading, label, text] of [
			['4 things you can touch', 'What can you touch?', 'floor, jumper, chair, phone'],
			['3 things you can hear', 'What can you hear?', 'traffic, fridge, breath'],
			['2 things you can smell', 'What can you smell?', 'coffee, soap'],
			['1 thing you can taste', 'What can you taste?', 'mint']
		] as const) {
			await user.click(screen.getByRole('button', { name: 'Next' }));
			expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
			await user.type(screen.getByLabelText(label), text);
			clock.advance(20);
		}
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('radio', { name: '5' }));
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		await screen.findByText('Distress 8 before, 5 after.');
		expect((await app.store.practices.toArray())[0]).toMatchObject({
			skill: 'grounding',
			durationSeconds: 120,
			details: {
				see: 'lamp, window, cup, hands, door',
				touch: 'floor, jumper, chair, phone',
				hear: 'traffic, fridge, breath',
				smell: 'coffee, soap',
				taste: 'mint'
			}
		});
	});

	test('a practice left half-way comes back at the same step after a reload', async () => {
		const app = await makeApp();
		const first = renderWithApp(GroundingSkill, app);
		const user = userEvent.setup({ delay: null });
		await user.click(await screen.findByRole('radio', { name: '6' }));
		await user.click(screen.getByRole('button', { name: 'Begin' }));
		await user.type(screen.getByLabelText('What can you see?'), 'the sea');
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await waitFor(async () =>
			expect((await app.store.drafts.get('practice:grounding'))?.value).toMatchObject({
				before: 6,
				run: { index: 1 }
			})
		);
		first.unmount();

		renderWithApp(GroundingSkill, app);
		expect(await screen.findByText('We kept your practice where you left it.')).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: '4 things you can touch' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Back' }));
		expect(screen.getByLabelText('What can you see?')).toHaveValue('the sea');
		await user.click(screen.getByRole('button', { name: 'Start over' }));
		expect(
			await screen.findByRole('group', { name: 'How distressed do you feel right now?' })
		).toBeInTheDocument();
		await waitFor(async () => expect(await app.store.drafts.get('practice:grounding')).toBeUndefined());
	});
});

describe('body scan', () => {
	test('timed steps from the feet up, moved on by the clock or by hand, stopped early and logged', async () => {
		const clock = manualClock();
		const app = await makeApp(clock.now);
		renderWithApp(BodyScanSkill, app);
		const user = userEvent.setup({ delay: null });
		await user.click(await screen.findByRole('button', { name: 'Continue without rating' }));
		expect(screen.getByRole('radio', { name: '3 minutes' })).toBeChecked();
		await user.click(screen.getByRole('button', { name: 'Start the body scan' }));
		expect(screen.getByRole('heading', { name: 'Settle' })).toBeInTheDocument();
		expect(screen.getByText('Part 1 of 10')).toBeInTheDocument();
		expect(screen.getByText('18 s left')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Next part' }));
		expect(screen.getByRole('heading', { name: 'Feet' })).toBeInTheDocument();
		clock.advance(18);
		expect(await screen.findByRole('heading', { name: 'Legs' })).toBeInTheDocument();
		clock.advance(5);
		await waitFor(() => expect(screen.getByText('13 s left')).toBeInTheDocument());
		await user.click(screen.getByRole('button', { name: 'Finish now' }));
		await user.click(screen.getByRole('radio', { name: '2' }));
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		await screen.findByText('Saved to your log.');
		expect((await app.store.practices.toArray())[0]).toMatchObject({
			skill: 'body-scan',
			durationSeconds: 23,
			distressBefore: null,
			distressAfter: 2,
			details: { minutes: 3, stepsCompleted: 2 }
		});
	});
});

describe('thought stopping', () => {
	test('needs a plan; the plan form explains what is missing; the practice walks notice, stop, switch', async () => {
		const clock = manualClock();
		const app = await makeApp(clock.now);
		renderWithApp(ThoughtStoppingSkill, app);
		const user = userEvent.setup({ delay: null });
		expect(await screen.findByText('No plan yet. Add one before you practise.')).toBeInTheDocument();
		expect(screen.queryByRole('region', { name: 'Practice' })).not.toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Add a plan' }));
		await user.type(screen.getByLabelText('The unwanted thought (optional)'), 'I will fail the interview');
		await user.click(screen.getByRole('button', { name: 'Save plan' }));
		expect(await screen.findByText('Add your stop cue, even just the word “Stop”.')).toBeInTheDocument();
		expect(
			screen.getByText('Add what you will switch to: a thought or something to do.')
		).toBeInTheDocument();
		expect(await app.store.stopPlans.count()).toBe(0);
		await user.type(screen.getByLabelText('Your stop cue'), 'Stop, and a hand on the table');
		await user.type(screen.getByLabelText('What you will switch to'), 'List three questions to ask them');
		await user.click(screen.getByRole('button', { name: 'Save plan' }));

		await user.click(
			await within(await screen.findByRole('region', { name: 'Practice' })).findByRole('radio', { name: '6' })
		);
		await user.click(screen.getByRole('button', { name: 'Begin' }));
		expect(within(practice()).getByRole('heading', { name: 'Notice' })).toBeInTheDocument();
		expect(within(practice()).getByText('I will fail the interview')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(within(practice()).getByRole('heading', { name: 'Stop' })).toBeInTheDocument();
		expect(within(practice()).getByText('Stop, and a hand on the table')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(within(practice()).getByRole('heading', { name: 'Switch' })).toBeInTheDocument();
		expect(within(practice()).getByText('List three questions to ask them')).toBeInTheDocument();
		clock.advance(90);
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('radio', { name: '4' }));
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		await screen.findByText('Distress 6 before, 4 after.');
		expect((await app.store.practices.toArray())[0]).toMatchObject({
			skill: 'thought-stopping',
			durationSeconds: 90,
			details: {
				thought: 'I will fail the interview',
				cue: 'Stop, and a hand on the table',
				replacement: 'List three questions to ask them'
			}
		});
		expect(await screen.findByText('Switched to: List three questions to ask them')).toBeInTheDocument();
	});
});

describe('push-button technique', () => {
	test('a pleasant memory from the bank, the unpleasant step skipped, the pleasant one again, feelings noted', async () => {
		const app = await makeApp();
		renderWithApp(PushButtonSkill, app);
		const user = userEvent.setup({ delay: null });
		expect(await screen.findByText('No memories yet. Add one to begin.')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Add a memory' }));
		await user.click(screen.getByRole('button', { name: 'Save memory' }));
		expect(await screen.findByText('Give the memory a short name, so you can find it.')).toBeInTheDocument();
		await user.type(screen.getByLabelText('A short name'), 'Swimming at Porthcurno');
		await user.click(screen.getByRole('button', { name: 'Save memory' }));

		await user.click(
			await within(await screen.findByRole('region', { name: 'Practice' })).findByRole('radio', { name: '5' })
		);
		await user.click(screen.getByRole('button', { name: 'Begin' }));
		expect(within(practice()).getByRole('heading', { name: 'A pleasant memory' })).toBeInTheDocument();
		expect(within(practice()).getByText('Swimming at Porthcurno')).toBeInTheDocument();
		await user.type(screen.getByLabelText('How do you feel now? (optional)'), 'light');
		await user.click(screen.getByRole('button', { name: 'Next' }));
		expect(
			within(practice()).getByRole('heading', { name: 'An unpleasant memory (optional)' })
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Skip this step' }));
		expect(
			within(practice()).getByRole('heading', { name: 'The pleasant memory again' })
		).toBeInTheDocument();
		await user.type(screen.getByLabelText('How do you feel now? (optional)'), 'lighter again');
		await user.click(screen.getByRole('button', { name: 'Next' }));
		await user.type(screen.getByLabelText('What did you notice? (optional)'), 'I can steer it a bit');
		await user.click(screen.getByRole('button', { name: 'Finish' }));
		await user.click(screen.getByRole('radio', { name: '3' }));
		await user.click(screen.getByRole('button', { name: 'Save to my log' }));
		await screen.findByText('Distress 5 before, 3 after.');
		const [memory] = await app.store.memories.toArray();
		expect((await app.store.practices.toArray())[0]).toMatchObject({
			skill: 'push-button',
			details: {
				memoryId: memory?.id,
				memoryTitle: 'Swimming at Porthcurno',
				feelings: {
					pleasant: 'light',
					unpleasant: '',
					'pleasant-again': 'lighter again',
					reflect: 'I can steer it a bit'
				},
				skippedUnpleasant: true
			}
		});
		expect(
			await screen.findByText('Memory: Swimming at Porthcurno · Unpleasant step skipped')
		).toBeInTheDocument();
	});
});
