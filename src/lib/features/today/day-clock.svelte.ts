import { localDay, nextDayChange, partOfDay } from '$lib/domain/time';

/** Runs `run` after `ms` milliseconds; returns a function that cancels it. Passed in so tests run it by hand. */
export type Schedule = (run: () => void, ms: number) => () => void;

const timeout: Schedule = (run, ms) => {
	const id = setTimeout(run, ms);
	return () => clearTimeout(id);
};

/**
 * The local day and part of the day as reactive state, for a screen that stays open past midnight (Today):
 * it moves on at the next local midnight or greeting change, and whenever the page becomes visible again
 * (timers sleep with the phone). The instant comes from `now` (app.now), so tests set the time.
 * Create it while a component initialises: it owns an effect.
 */
export class DayClock {
	#now: () => Date;
	#at = $state<Date>() as Date;
	readonly today = $derived(localDay(this.#at));
	readonly partOfDay = $derived(partOfDay(this.#at));

	constructor(now: () => Date, schedule: Schedule = timeout) {
		this.#now = now;
		this.#at = now();
		$effect(() => {
			const at = this.#at;
			return schedule(() => this.refresh(), Math.max(0, nextDayChange(at).getTime() - at.getTime()));
		});
		$effect(() => {
			const refresh = () => this.refresh();
			document.addEventListener('visibilitychange', refresh);
			return () => document.removeEventListener('visibilitychange', refresh);
		});
	}

	/** Reads the clock again: the day and part of the day follow, and the next change is scheduled. */
	refresh(): void {
		this.#at = this.#now();
	}
}
