import { screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, test } from 'vitest';
import { DayClock, type Schedule } from '$lib/features/today/day-clock.svelte';
import Today from '$lib/features/today/Today.svelte';
import { answersFor, makeCheckIn, makeMeasureResponse } from '../factories';
import { makeApp, renderWithApp } from './render';

/** A clock the test moves, and timers it runs by hand: nothing here waits for real time to pass. */
function controlledTime(start: Date) {
	let now = start;
	const pending: { run: () => void; ms: number; cancelled: boolean }[] = [];
	const schedule: Schedule = (run, ms) => {
		const timer = { run, ms, cancelled: false };
		pending.push(timer);
		return () => (timer.cancelled = true);
	};
	const live = () => pending.filter((timer) => !timer.cancelled);
	return {
		now: () => now,
		schedule,
		live,
		/** Moves the clock on by the live timer's delay and runs it, as the browser would. */
		fire() {
			const [timer] = live();
			if (!timer) throw new Error('no timer pending');
			now = new Date(now.getTime() + timer.ms);
			timer.cancelled = true;
			timer.run();
			flushSync();
		},
		set(at: Date) {
			now = at;
		}
	};
}

describe('the day clock', () => {
	test('moves on at the next greeting change and at local midnight, with one timer at a time', () => {
		const time = controlledTime(new Date(2026, 10, 22, 22, 15));
		let clock!: DayClock;
		const stop = $effect.root(() => {
			clock = new DayClock(time.now, time.schedule);
		});
		flushSync();
		expect([clock.today, clock.partOfDay]).toEqual(['2026-11-22', 'evening']);
		expect(time.live().map((timer) => timer.ms)).toEqual([45 * 60_000]);

		time.fire();
		expect([clock.today, clock.partOfDay]).toEqual(['2026-11-22', 'night']);
		expect(time.live().map((timer) => timer.ms)).toEqual([60 * 60_000]);

		time.fire();
		expect([clock.today, clock.partOfDay]).toEqual(['2026-11-23', 'night']);
		expect(time.live()).toHaveLength(1);
		stop();
		expect(time.live()).toHaveLength(0);
	});

	test('catches up when the page is shown again after the phone slept through midnight', () => {
		const time = controlledTime(new Date(2026, 10, 22, 23, 50));
		let clock!: DayClock;
		const stop = $effect.root(() => {
			clock = new DayClock(time.now, time.schedule);
		});
		flushSync();
		time.set(new Date(2026, 10, 23, 7, 5));
		document.dispatchEvent(new Event('visibilitychange'));
		flushSync();
		expect([clock.today, clock.partOfDay]).toEqual(['2026-11-23', 'morning']);
		expect(time.live().map((timer) => timer.ms)).toEqual([(4 * 60 + 55) * 60_000]);
		stop();
	});
});

describe('Today left open past midnight', () => {
	test('the greeting, the check-in line and the questionnaire card follow the new day', async () => {
		let now = new Date(2026, 10, 22, 22, 40);
		const app = await makeApp(() => now);
		await app.store.checkIns.add(makeCheckIn({ at: '2026-11-22T21:05:00.000+00:00' }));
		// Taken 14 days before the new day: due tomorrow, not tonight. The GAD-7 is taken tonight.
		await app.store.measureResponses.bulkAdd([
			makeMeasureResponse({ answers: answersFor('phq9', 4), at: '2026-11-09T09:00:00.000+00:00' }),
			makeMeasureResponse({
				instrument: 'gad7',
				answers: answersFor('gad7', 4),
				at: '2026-11-22T09:00:00.000+00:00'
			})
		]);
		renderWithApp(Today, app);
		expect(screen.getByRole('heading', { level: 1, name: 'Good evening' })).toBeInTheDocument();
		expect(await screen.findByText(/^Checked in today at/)).toBeInTheDocument();
		expect(screen.queryByRole('link', { name: /questionnaire/i })).not.toBeInTheDocument();

		// The phone is picked up again after midnight: the page becomes visible.
		now = new Date(2026, 10, 23, 0, 10);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(await screen.findByRole('heading', { level: 1, name: 'Hello' })).toBeInTheDocument();
		expect(await screen.findByText('No check-ins yet today.')).toBeInTheDocument();
		expect(await screen.findByRole('link', { name: /Your PHQ-9 is ready/ })).toBeInTheDocument();
		await waitFor(() => expect(screen.queryByText(/^Checked in today at/)).not.toBeInTheDocument());
	});
});
