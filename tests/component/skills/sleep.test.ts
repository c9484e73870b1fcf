import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import SleepDiaryPage from '$lib/features/skills/sleep/SleepDiaryPage.svelte';
import SleepHygieneSkill from '$lib/features/skills/sleep/SleepHygieneSkill.svelte';
import { makeSleepDiary } from '../../factories';
import { makeApp, renderWithApp } from '../render';
import { manualClock } from './clock';

// 22:15 on 22 November, London: tonight is the night of the 22nd.
const evening = () => manualClock('2026-11-22T22:15:00Z');

describe('sleep checklist and wind-down', () => {
	test('the client picks habits, adds their own, ticks tonight, and the wind-down ticks what it covers', async () => {
		const clock = evening();
		const app = await makeApp(clock.now);
		renderWithApp(SleepHygieneSkill, app);
		const user = userEvent.setup({ delay: null });
		expect(await screen.findByText('Choose a few habits to make your checklist.')).toBeInTheDocument();
		expect(screen.queryByRole('region', { name: 'Tonight’s wind-down' })).not.toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Choose habits' }));
		await user.click(
			screen.getByRole('checkbox', { name: 'Get up at the same time every day, weekends too' })
		);
		await user.click(screen.getByRole('checkbox', { name: 'No caffeine after early afternoon' }));
		await user.click(screen.getByRole('button', { name: 'Add' }));
		expect(await screen.findByText('Write the habit in your own words.')).toBeInTheDocument();
		await user.type(screen.getByLabelText('Add your own habit'), 'Feed the cat before bed');
		await user.click(screen.getByRole('button', { name: 'Add' }));
		expect(
			await screen.findByRole('button', { name: 'Remove Feed the cat before bed from your checklist' })
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Done' }));

		const tonight = await screen.findByRole('group', { name: /^The night of/ });
		await user.click(within(tonight).getByRole('checkbox', { name: 'No caffeine after early afternoon' }));
		expect(await screen.findByText('1 of 3 done')).toBeInTheDocument();

		const windDown = screen.getByRole('region', { name: 'Tonight’s wind-down' });
		await user.click(within(windDown).getByRole('radio', { name: '5' }));
		await user.click(within(windDown).getByRole('button', { name: 'Begin' }));
		expect(within(windDown).getByText('Habit 1 of 3')).toBeInTheDocument();
		expect(within(windDown).getByText('Get up at the same time every day, weekends too')).toBeInTheDocument();
		await user.click(within(windDown).getByRole('button', { name: 'Done tonight' }));
		await user.click(within(windDown).getByRole('button', { name: 'Not tonight' }));
		expect(within(windDown).getByText('Feed the cat before bed')).toBeInTheDocument();
		await user.click(within(windDown).getByRole('button', { name: 'Done tonight' }));
		await user.click(within(windDown).getByRole('radio', { name: '3' }));
		await user.click(within(windDown).getByRole('button', { name: 'Save to my log' }));
		await within(windDown).findByText('Distress 5 before, 3 after.');

		const habits = await app.store.sleepHabits.orderBy('order').toArray();
		const [wake, caffeine, cat] = habits.map((habit) => habit.id);
		expect((await app.store.practices.toArray())[0]).toMatchObject({
			skill: 'sleep-hygiene',
			details: { done: [wake, cat] }
		});
		await waitFor(async () =>
			expect((await app.store.sleepChecks.get('2026-11-22'))?.done.sort()).toEqual(
				[wake, caffeine, cat].sort()
			)
		);
		expect(await screen.findByText('3 of 3 done')).toBeInTheDocument();
		expect(await screen.findByText('2 habits done')).toBeInTheDocument();
	});
});

describe('sleep diary', () => {
	const fill = async (user: ReturnType<typeof userEvent.setup>, values: Record<string, string>) => {
		for (const [label, value] of Object.entries(values)) {
			const input = screen.getByLabelText(label);
			await user.clear(input);
			if (value) await user.type(input, value);
		}
	};
	const night = {
		'What time did you get into bed?': '22:30',
		'What time did you try to go to sleep?': '23:00',
		'How long did it take you to fall asleep? (minutes)': '20',
		'How many times did you wake up, not counting your final awakening?': '2',
		'In total, how long did these awakenings last? (minutes)': '30',
		'What time was your final awakening?': '06:30',
		'What time did you get out of bed for the day?': '07:00'
	};

	test('the published measures show as the night is typed, and an impossible night is refused beside its field', async () => {
		const app = await makeApp(manualClock('2026-11-22T08:05:00Z').now);
		renderWithApp(SleepDiaryPage, app);
		const user = userEvent.setup({ delay: null });
		const form = await screen.findByRole('form', { name: 'Last night' });
		expect(within(form).getByLabelText('The morning you got up')).toHaveValue('2026-11-22');
		expect(within(form).getByText('Fill in the times to see your numbers.')).toBeInTheDocument();
		await fill(user, night);

		const preview = within(form).getByRole('region', { name: 'Last night in numbers' });
		const figure = (label: string) => within(preview).getByText(label).nextElementSibling?.textContent;
		expect(figure('Time in bed')).toBe('8 h 30 min');
		expect(figure('Total sleep time')).toBe('6 h 40 min');
		expect(figure('Time to fall asleep')).toBe('20 min');
		expect(figure('Awake in the night')).toBe('30 min');
		expect(figure('Sleep efficiency')).toBe('78 %');

		await fill(user, { 'What time did you get out of bed for the day?': '06:00' });
		expect(
			within(preview).getByText('You got out of bed before your final waking. Check these two times.')
		).toBeInTheDocument();
		await user.click(within(form).getByRole('button', { name: 'Save diary' }));
		const outOfBed = within(form).getByLabelText('What time did you get out of bed for the day?');
		await waitFor(() => expect(outOfBed).toHaveAttribute('aria-invalid', 'true'));
		expect(outOfBed).toHaveAccessibleDescription(
			'You got out of bed before your final waking. Check these two times.'
		);
		expect(await app.store.sleepDiary.count()).toBe(0);

		await fill(user, { 'What time did you get out of bed for the day?': '07:00' });
		await user.click(within(form).getByLabelText('Fair'));
		await user.type(within(form).getByLabelText('Comments (optional)'), 'Neighbours loud');
		await user.click(within(form).getByRole('button', { name: 'Save diary' }));
		expect(await screen.findByText('Diary saved.')).toBeInTheDocument();
		expect(await app.store.sleepDiary.toArray()).toEqual([
			expect.objectContaining({
				day: '2026-11-22',
				timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
				inBed: '22:30',
				triedToSleep: '23:00',
				solMinutes: 20,
				awakenings: 2,
				wasoMinutes: 30,
				finalAwakening: '06:30',
				outOfBed: '07:00',
				quality: 'fair',
				comments: 'Neighbours loud'
			})
		]);
		const averages = screen.getByRole('region', { name: 'The last 7 days' });
		expect(within(averages).getByText('Average of 1 night with a diary')).toBeInTheDocument();
		const nights = screen.getByRole('region', { name: 'Your nights' });
		expect(within(nights).getByText('Neighbours loud')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Add a night you missed' })).toBeInTheDocument();
	});

	test('a missed night added on a later morning is marked filled in later in the list', async () => {
		const app = await makeApp(manualClock('2026-11-22T08:05:00Z').now);
		renderWithApp(SleepDiaryPage, app);
		const user = userEvent.setup({ delay: null });
		const form = await screen.findByRole('form', { name: 'Last night' });
		await user.clear(within(form).getByLabelText('The morning you got up'));
		await user.type(within(form).getByLabelText('The morning you got up'), '2026-11-20');
		await fill(user, night);
		await user.click(within(form).getByRole('button', { name: 'Save diary' }));
		await screen.findByText('Diary saved.');
		const nights = screen.getByRole('region', { name: 'Your nights' });
		const card = (await within(nights).findByRole('heading', { level: 3 })).closest('li') as HTMLElement;
		expect(within(card).getByText('Filled in later')).toBeInTheDocument();
		expect((await app.store.sleepDiary.toArray())[0]).toMatchObject({
			day: '2026-11-20',
			filledInLater: true
		});
	});

	test('a night is changed in place, a second diary for the same morning is refused, and a delete can be undone', async () => {
		const app = await makeApp(manualClock('2026-11-22T08:05:00Z').now);
		const stored = makeSleepDiary({ timeZone: 'Europe/London' });
		await app.store.sleepDiary.add(stored);
		renderWithApp(SleepDiaryPage, app);
		const user = userEvent.setup({ delay: null });
		const nights = await screen.findByRole('region', { name: 'Your nights' });
		expect(screen.queryByRole('form')).not.toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Add a night you missed' }));
		await fill(user, night);
		await user.click(screen.getByRole('button', { name: 'Save diary' }));
		expect(
			await screen.findByText(
				'There is already a diary for this morning. Open it from the list to change it.'
			)
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Cancel' }));

		await user.click(within(nights).getByRole('button', { name: /^Change the diary for/ }));
		const form = screen.getByRole('form');
		expect(within(form).getByLabelText('What time did you get into bed?')).toHaveValue('22:30');
		await fill(user, { 'What time did you get into bed?': '22:00' });
		await user.click(within(form).getByRole('button', { name: 'Save changes' }));
		await screen.findByText('Diary saved.');
		expect(await app.store.sleepDiary.toArray()).toEqual([
			{ ...stored, inBed: '22:00', updatedAt: expect.any(String) }
		]);
		expect(within(nights).queryByText('Filled in later')).not.toBeInTheDocument();

		await user.click(within(nights).getByRole('button', { name: /^Delete the diary for/ }));
		await waitFor(async () => expect(await app.store.sleepDiary.count()).toBe(0));
		await user.click(await screen.findByRole('button', { name: 'Undo' }));
		await waitFor(async () => expect((await app.store.sleepDiary.toArray())[0]?.inBed).toBe('22:00'));
	});
});
