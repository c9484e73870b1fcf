import { describe, expect, test } from 'vitest';
import {
	bodyScanSteps,
	breathCount,
	breathingSteps,
	GROUNDING_STEPS,
	PUSH_BUTTON_STEPS,
	senseCount,
	THOUGHT_STOPPING_STEPS
} from '$lib/domain/practice-steps';
import {
	currentStep,
	nextStep,
	pacedDone,
	pacedSeconds,
	pauseTimer,
	positionAt,
	previousStep,
	resumeTimer,
	runElapsedMs,
	runSpentMs,
	skipStep,
	skipToNextStep,
	startPaced,
	startTimer,
	totalSeconds
} from '$lib/domain/timeline';

const T0 = Date.parse('2026-11-22T21:00:00Z');
const s = (seconds: number) => T0 + seconds * 1000;

describe('breathing pacer', () => {
	test('box breathing is in 4, hold 4, out 4, hold 4, repeated for whole breaths', () => {
		const steps = breathingSteps('box', 1);
		expect(steps.slice(0, 4)).toEqual([
			{ key: 'in', seconds: 4, round: 1 },
			{ key: 'hold-in', seconds: 4, round: 1 },
			{ key: 'out', seconds: 4, round: 1 },
			{ key: 'hold-out', seconds: 4, round: 1 }
		]);
		// 60 s / 16 s a breath = 3.75 -> 4 whole breaths, never a breath cut short.
		expect(steps).toHaveLength(16);
		expect(steps.at(-1)).toEqual({ key: 'hold-out', seconds: 4, round: 4 });
		expect(totalSeconds(steps)).toBe(64);
	});

	test('4-7-8 is in 4, hold 7, out 8', () => {
		const steps = breathingSteps('4-7-8', 2);
		expect(steps.slice(0, 3).map((step) => [step.key, step.seconds])).toEqual([
			['in', 4],
			['hold-in', 7],
			['out', 8]
		]);
		// 120 / 19 = 6.3 -> 6 breaths.
		expect(breathCount('4-7-8', 2)).toBe(6);
		expect(totalSeconds(steps)).toBe(114);
	});

	test.each([
		['box', 1, 4],
		['box', 2, 8],
		['box', 3, 11],
		['box', 5, 19],
		['4-7-8', 1, 3],
		['4-7-8', 3, 9],
		['4-7-8', 5, 16]
	] as const)('%s for %i min is %i breaths', (pattern, minutes, breaths) => {
		expect(breathCount(pattern, minutes)).toBe(breaths);
	});

	test('the pacer reads its phase and count from the clock it is given', () => {
		const steps = breathingSteps('4-7-8', 1);
		expect(positionAt(steps, 0)).toMatchObject({ index: 0, count: 1, secondsLeft: 4, done: false });
		expect(positionAt(steps, 3999)).toMatchObject({ index: 0, count: 4, secondsLeft: 1 });
		expect(positionAt(steps, 4000)).toMatchObject({ index: 1, count: 1, secondsLeft: 7 });
		expect(positionAt(steps, 4000).step).toEqual({ key: 'hold-in', seconds: 7, round: 1 });
		expect(positionAt(steps, 11_500)).toMatchObject({ index: 2, count: 1, secondsLeft: 8, inStep: 0.5 });
		expect(positionAt(steps, 19_000).step).toEqual({ key: 'in', seconds: 4, round: 2 });
		expect(positionAt(steps, 57_000)).toMatchObject({ done: true, step: null, elapsedSeconds: 57 });
		expect(positionAt(steps, 99_000)).toMatchObject({ done: true, elapsedSeconds: 57 });
		expect(positionAt(steps, -50)).toMatchObject({ index: 0, count: 1 });
	});
});

describe('timer with pause and skip', () => {
	test('paused time does not count, before or after resuming', () => {
		let run = startTimer(T0);
		run = pauseTimer(run, s(10));
		expect(runElapsedMs(run, s(40))).toBe(10_000);
		run = resumeTimer(run, s(40));
		expect(runElapsedMs(run, s(45))).toBe(15_000);
		expect(runSpentMs(run, s(45))).toBe(15_000);
		// Pausing twice or resuming while running changes nothing.
		expect(resumeTimer(run, s(50))).toBe(run);
		const paused = pauseTimer(run, s(50));
		expect(pauseTimer(paused, s(55))).toBe(paused);
	});

	test('"next step" jumps to the next step; what the log records is the time really spent', () => {
		const steps = bodyScanSteps(3);
		let run = startTimer(T0);
		run = skipToNextStep(run, steps, s(5));
		expect(positionAt(steps, runElapsedMs(run, s(5)))).toMatchObject({ index: 1, count: 1 });
		expect(runSpentMs(run, s(5))).toBe(5000);
		run = skipToNextStep(run, steps, s(6));
		expect(positionAt(steps, runElapsedMs(run, s(6))).step?.key).toBe('legs');
	});
});

describe('body scan', () => {
	test.each([3, 5, 10])('%i minutes: ten regions, feet to head, lasting exactly that long', (minutes) => {
		const steps = bodyScanSteps(minutes);
		expect(steps.map((step) => step.key)).toEqual([
			'settle',
			'feet',
			'legs',
			'hips',
			'belly',
			'chest',
			'hands',
			'shoulders',
			'face',
			'whole'
		]);
		expect(totalSeconds(steps)).toBe(minutes * 60);
		const lengths = steps.map((step) => step.seconds);
		expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
	});

	test('a length that does not divide evenly gives the extra seconds to the first steps', () => {
		expect(bodyScanSteps(1.05).map((step) => step.seconds)).toEqual([7, 7, 7, 6, 6, 6, 6, 6, 6, 6]);
	});
});

describe('paced practices', () => {
	test('thought stopping walks notice, stop, switch', () => {
		expect(THOUGHT_STOPPING_STEPS).toEqual(['notice', 'stop', 'switch']);
		let run = startPaced(THOUGHT_STOPPING_STEPS, T0);
		expect(currentStep(run)).toBe('notice');
		run = nextStep(run, s(20));
		run = nextStep(run, s(25));
		expect(currentStep(run)).toBe('switch');
		run = nextStep(run, s(85));
		expect(pacedDone(run)).toBe(true);
		expect(currentStep(run)).toBeNull();
		expect(run.spentMs).toEqual({ notice: 20_000, stop: 5000, switch: 60_000 });
		expect(pacedSeconds(run, s(500))).toBe(85);
	});

	test('push-button: pleasant, unpleasant (skippable), pleasant again, then what changed', () => {
		expect(PUSH_BUTTON_STEPS).toEqual(['pleasant', 'unpleasant', 'pleasant-again', 'reflect']);
		let run = startPaced(PUSH_BUTTON_STEPS, T0);
		run = nextStep(run, s(60));
		run = skipStep(run, s(62));
		expect(currentStep(run)).toBe('pleasant-again');
		expect(run.skipped).toEqual(['unpleasant']);
		// Going back to the skipped step and doing it after all clears the mark.
		run = previousStep(run, s(70));
		expect(currentStep(run)).toBe('unpleasant');
		expect(run.skipped).toEqual([]);
		run = nextStep(run, s(100));
		expect(run.spentMs.unpleasant).toBe(2000 + 30_000);
		expect(previousStep(startPaced(PUSH_BUTTON_STEPS, T0), s(1)).index).toBe(0);
	});

	test('grounding is 5 things seen, 4 touched, 3 heard, 2 smelt, 1 tasted', () => {
		expect(GROUNDING_STEPS.map((sense) => [sense, senseCount(sense)])).toEqual([
			['see', 5],
			['touch', 4],
			['hear', 3],
			['smell', 2],
			['taste', 1]
		]);
	});

	test('an unfinished run counts time to now; a step past the end is not added', () => {
		const run = startPaced(GROUNDING_STEPS, T0);
		expect(pacedSeconds(run, s(42.4))).toBe(42);
		let done = run;
		for (let i = 0; i < 7; i++) done = nextStep(done, s(10 * (i + 1)));
		expect(done.index).toBe(5);
		expect(pacedSeconds(done, s(999))).toBe(50);
	});
});
