import { describe, expect, test } from 'vitest';
import {
	bodyScanSteps,
	breathCount,
	countsBreaths,
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
		const steps = breathingSteps('box', { minutes: 1 });
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

	test('4-7-8 is in 4, hold 7, out 8, for exactly the count of breaths chosen, never a length in minutes', () => {
		const four = breathingSteps('4-7-8', { minutes: 5, count: 4 });
		// Four cycles of in 4, hold 7, out 8, and then the end: 4 x 19 s = 76 s, whatever minutes the record holds.
		expect(four.map((step) => [step.key, step.seconds, step.round])).toEqual([
			['in', 4, 1],
			['hold-in', 7, 1],
			['out', 8, 1],
			['in', 4, 2],
			['hold-in', 7, 2],
			['out', 8, 2],
			['in', 4, 3],
			['hold-in', 7, 3],
			['out', 8, 3],
			['in', 4, 4],
			['hold-in', 7, 4],
			['out', 8, 4]
		]);
		expect(totalSeconds(four)).toBe(76);
		expect(breathCount('4-7-8', { minutes: 1, count: 8 })).toBe(8);
		const eight = breathingSteps('4-7-8', { minutes: 1, count: 8 });
		expect(eight).toHaveLength(24);
		expect(eight.at(-1)).toEqual({ key: 'out', seconds: 8, round: 8 });
		expect(totalSeconds(eight)).toBe(152);
		// With no count chosen, four: Weil's count for the first month.
		expect(breathCount('4-7-8', { minutes: 5 })).toBe(4);
		expect(countsBreaths('4-7-8')).toBe(true);
		expect(countsBreaths('box')).toBe(false);
		expect(countsBreaths('paced')).toBe(false);
	});

	test('the paced pattern is in 4, out 6 with no holds, six breaths a minute', () => {
		const steps = breathingSteps('paced', { minutes: 2 });
		expect(steps.slice(0, 3)).toEqual([
			{ key: 'in', seconds: 4, round: 1 },
			{ key: 'out', seconds: 6, round: 1 },
			{ key: 'in', seconds: 4, round: 2 }
		]);
		expect(steps.some((step) => step.key === 'hold-in' || step.key === 'hold-out')).toBe(false);
		// 120 s / 10 s a breath = 12 breaths.
		expect(steps).toHaveLength(24);
		expect(totalSeconds(steps)).toBe(120);
	});

	test.each([
		['box', 1, 4],
		['box', 2, 8],
		['box', 3, 11],
		['box', 5, 19],
		['paced', 1, 6],
		['paced', 3, 18],
		['paced', 5, 30]
	] as const)('%s for %i min is %i breaths', (pattern, minutes, breaths) => {
		expect(breathCount(pattern, { minutes })).toBe(breaths);
	});

	test('the pacer reads its phase and count from the clock it is given', () => {
		const steps = breathingSteps('4-7-8', { minutes: 1, count: 4 });
		expect(positionAt(steps, 0)).toMatchObject({ index: 0, count: 1, secondsLeft: 4, done: false });
		expect(positionAt(steps, 3999)).toMatchObject({ index: 0, count: 4, secondsLeft: 1 });
		expect(positionAt(steps, 4000)).toMatchObject({ index: 1, count: 1, secondsLeft: 7 });
		expect(positionAt(steps, 4000).step).toEqual({ key: 'hold-in', seconds: 7, round: 1 });
		expect(positionAt(steps, 11_500)).toMatchObject({ index: 2, count: 1, secondsLeft: 8, inStep: 0.5 });
		expect(positionAt(steps, 19_000).step).toEqual({ key: 'in', seconds: 4, round: 2 });
		expect(positionAt(steps, 75_999).step).toEqual({ key: 'out', seconds: 8, round: 4 });
		expect(positionAt(steps, 76_000)).toMatchObject({ done: true, step: null, elapsedSeconds: 76 });
		expect(positionAt(steps, 99_000)).toMatchObject({ done: true, elapsedSeconds: 76 });
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
