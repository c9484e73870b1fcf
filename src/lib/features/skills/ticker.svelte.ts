/**
 * The clock a running practice reads: `now` moves on four times a second while running, so counts and phase
 * words update; the breathing circle itself is a CSS animation and never waits on this. Create it while a
 * component initialises (it owns an effect that stops the interval when the component goes).
 */
export class Ticker {
	now = $state(0);
	running = $state(false);
	readonly #clock: () => Date;
	#interval: ReturnType<typeof setInterval> | undefined;

	constructor(clock: () => Date, { every = 250 }: { every?: number } = {}) {
		this.#clock = clock;
		this.now = clock().getTime();
		$effect(() => {
			if (!this.running) return;
			this.now = this.#clock().getTime();
			this.#interval = setInterval(() => (this.now = this.#clock().getTime()), every);
			return () => clearInterval(this.#interval);
		});
	}

	/** The clock's time now (not the last tick), for starting, pausing and finishing exactly. */
	read(): number {
		this.now = this.#clock().getTime();
		return this.now;
	}

	start() {
		this.running = true;
	}

	stop() {
		this.running = false;
	}
}
