// Step sequences for guided practices, pure: the screen passes in the clock (ms) and draws what these say.
// Timed sequences (a breathing pacer, a body scan) move on by themselves; paced ones (thought stopping,
// push-button, grounding) move on when the person is ready, and only record how long each step took.

/** One timed step: what to do, for how many whole seconds, in which round (breath) of the practice. */
export interface TimedStep<K extends string = string> {
	readonly key: K;
	readonly seconds: number;
	/** 1-based: the breath or pass this step belongs to. */
	readonly round: number;
}

export interface Position<K extends string = string> {
	/** Index of the current step; equals the number of steps once done. */
	index: number;
	step: TimedStep<K> | null;
	/** 1-based second within the step, the number a pacer counts aloud ("in, 2, 3, 4"). */
	count: number;
	/** Whole seconds left in the step, rounded up. */
	secondsLeft: number;
	/** Seconds already spent in the step (fractional). */
	inStep: number;
	elapsedSeconds: number;
	totalSeconds: number;
	done: boolean;
}

export const totalSeconds = (steps: readonly TimedStep[]) => steps.reduce((sum, s) => sum + s.seconds, 0);

/** Where a timed sequence is after `elapsedMs` of running. */
export function positionAt<K extends string>(steps: readonly TimedStep<K>[], elapsedMs: number): Position<K> {
	const total = totalSeconds(steps);
	const elapsed = Math.max(0, elapsedMs) / 1000;
	let start = 0;
	for (let index = 0; index < steps.length; index++) {
		const step = steps[index] as TimedStep<K>;
		if (elapsed < start + step.seconds) {
			const inStep = elapsed - start;
			return {
				index,
				step,
				count: Math.floor(inStep) + 1,
				secondsLeft: Math.ceil(step.seconds - inStep),
				inStep,
				elapsedSeconds: elapsed,
				totalSeconds: total,
				done: false
			};
		}
		start += step.seconds;
	}
	return {
		index: steps.length,
		step: null,
		count: 0,
		secondsLeft: 0,
		inStep: 0,
		elapsedSeconds: Math.min(elapsed, total),
		totalSeconds: total,
		done: true
	};
}

/** Seconds from the start of the sequence to the start of step `index` (for skipping to the next step). */
export function startOfStep(steps: readonly TimedStep[], index: number): number {
	return totalSeconds(steps.slice(0, Math.max(0, index)));
}

/** A running clock that can pause: what the pacer and body scan keep, in ms from the clock passed in. */
export interface TimerRun {
	startedAt: number;
	/** When it was paused, or null while running. */
	pausedAt: number | null;
	/** Time spent paused before the current pause. */
	pausedMs: number;
	/** Time jumped forward by "next step". */
	skippedMs: number;
}

export const startTimer = (now: number): TimerRun => ({
	startedAt: now,
	pausedAt: null,
	pausedMs: 0,
	skippedMs: 0
});

export const pauseTimer = (run: TimerRun, now: number): TimerRun =>
	run.pausedAt === null ? { ...run, pausedAt: now } : run;

export const resumeTimer = (run: TimerRun, now: number): TimerRun =>
	run.pausedAt === null ? run : { ...run, pausedAt: null, pausedMs: run.pausedMs + (now - run.pausedAt) };

/** Time the sequence has run for, paused time left out and skipped time added. */
export function runElapsedMs(run: TimerRun, now: number): number {
	const until = run.pausedAt ?? now;
	return Math.max(0, until - run.startedAt - run.pausedMs + run.skippedMs);
}

/** Time the person actually spent, from start to `now`, paused time left out (what the log records). */
export function runSpentMs(run: TimerRun, now: number): number {
	return Math.max(0, (run.pausedAt ?? now) - run.startedAt - run.pausedMs);
}

/** Jumps to the start of the next step. */
export function skipToNextStep(run: TimerRun, steps: readonly TimedStep[], now: number): TimerRun {
	const { index, done } = positionAt(steps, runElapsedMs(run, now));
	if (done) return run;
	const target = startOfStep(steps, index + 1) * 1000;
	return { ...run, skippedMs: run.skippedMs + (target - runElapsedMs(run, now)) };
}

/** A practice the person moves through at their own pace, recording how long each step took. */
export interface PacedRun<K extends string = string> {
	steps: K[];
	index: number;
	startedAt: number;
	stepStartedAt: number;
	/** ms spent on each step so far (a step visited twice adds up). */
	spentMs: Partial<Record<K, number>>;
	skipped: K[];
}

export function startPaced<K extends string>(steps: readonly K[], now: number): PacedRun<K> {
	return { steps: [...steps], index: 0, startedAt: now, stepStartedAt: now, spentMs: {}, skipped: [] };
}

export const currentStep = <K extends string>(run: PacedRun<K>): K | null => run.steps[run.index] ?? null;

export const pacedDone = (run: PacedRun) => run.index >= run.steps.length;

function leave<K extends string>(run: PacedRun<K>, now: number, to: number, skipped: boolean): PacedRun<K> {
	const key = currentStep(run);
	if (key === null) return run;
	const spentMs = { ...run.spentMs, [key]: (run.spentMs[key] ?? 0) + Math.max(0, now - run.stepStartedAt) };
	const skippedList = skipped
		? [...run.skipped.filter((k) => k !== key), key]
		: run.skipped.filter((k) => k !== key);
	const index = Math.max(0, Math.min(run.steps.length, to));
	return { ...run, index, stepStartedAt: now, spentMs, skipped: skippedList };
}

export const nextStep = <K extends string>(run: PacedRun<K>, now: number) =>
	leave(run, now, run.index + 1, false);

/** Moves on without doing the step, and remembers it was skipped (the push-button's unpleasant memory). */
export const skipStep = <K extends string>(run: PacedRun<K>, now: number) =>
	leave(run, now, run.index + 1, true);

export const previousStep = <K extends string>(run: PacedRun<K>, now: number) =>
	run.index === 0
		? run
		: {
				...leave(run, now, run.index - 1, false),
				skipped: run.skipped.filter((k) => k !== run.steps[run.index - 1])
			};

/** Whole seconds from the start of a paced run to `now`, or to when its last step ended. */
export function pacedSeconds(run: PacedRun, now: number): number {
	const end = pacedDone(run) ? run.stepStartedAt : now;
	return Math.round(Math.max(0, end - run.startedAt) / 1000);
}
