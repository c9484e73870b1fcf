import {
	pauseTimer,
	positionAt,
	resumeTimer,
	runElapsedMs,
	runSpentMs,
	skipToNextStep,
	startTimer,
	type Position,
	type TimedStep,
	type TimerRun
} from '$lib/domain/timeline';
import { Ticker } from './ticker.svelte';

/**
 * A timed practice running on the clock (a breathing pacer, a body scan): start, pause and resume, skip to the
 * next step, finish. `onstep` hears each change of step (for the sound or vibration cue). Create it while a
 * component initialises; the ticker stops when the component goes and when the steps run out.
 */
export class TimedRun<K extends string> {
	run = $state<TimerRun | null>(null);
	readonly #ticker: Ticker;
	readonly #steps: () => readonly TimedStep<K>[];

	/** Where the run is now, or null before it starts. */
	readonly position: Position<K> | null;
	readonly paused = $derived(this.run !== null && this.run.pausedAt !== null);

	constructor(
		clock: () => Date,
		steps: () => readonly TimedStep<K>[],
		onstep: (at: Position<K> | null) => void
	) {
		this.#ticker = new Ticker(clock);
		this.#steps = steps;
		this.position = $derived(this.run ? positionAt(steps(), runElapsedMs(this.run, this.#ticker.now)) : null);
		let lastIndex = -1;
		$effect(() => {
			const index = this.position?.index ?? -1;
			if (index !== lastIndex) onstep(this.position);
			lastIndex = index;
		});
		$effect(() => {
			if (this.position?.done) this.#ticker.stop();
		});
	}

	start(): void {
		this.run = startTimer(this.#ticker.read());
		this.#ticker.start();
	}

	togglePause(): void {
		if (!this.run) return;
		const now = this.#ticker.read();
		if (this.paused) {
			this.run = resumeTimer(this.run, now);
			this.#ticker.start();
		} else {
			this.run = pauseTimer(this.run, now);
			this.#ticker.stop();
		}
	}

	skip(): void {
		if (this.run) this.run = skipToNextStep(this.run, this.#steps(), this.#ticker.read());
	}

	/** Stops the run; `record` gets where it stopped and the milliseconds really spent (pauses left out). */
	finish(record: (at: Position<K>, spentMs: number) => void): void {
		if (!this.run) return;
		const now = this.#ticker.read();
		const at = positionAt(this.#steps(), runElapsedMs(this.run, now));
		const spentMs = runSpentMs(this.run, now);
		this.#ticker.stop();
		record(at, spentMs);
		this.run = null;
	}
}
