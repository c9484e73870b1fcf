import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterStartUp } from '$lib/state/after-start-up';

describe('afterStartUp', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	it('waits for the page to finish loading, then runs the task once the main thread is idle', () => {
		vi.useFakeTimers();
		vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
		const task = vi.fn();
		afterStartUp(task);
		vi.runAllTimers();
		expect(task).not.toHaveBeenCalled();

		window.dispatchEvent(new Event('load'));
		vi.runAllTimers();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('runs soon when the page has already loaded', () => {
		vi.useFakeTimers();
		const task = vi.fn();
		afterStartUp(task);
		vi.runAllTimers();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('never runs a cancelled task, before or after the load', () => {
		vi.useFakeTimers();
		vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
		const beforeLoad = vi.fn();
		afterStartUp(beforeLoad)();
		window.dispatchEvent(new Event('load'));
		vi.runAllTimers();
		expect(beforeLoad).not.toHaveBeenCalled();

		vi.spyOn(document, 'readyState', 'get').mockReturnValue('complete');
		const afterLoad = vi.fn();
		afterStartUp(afterLoad)();
		vi.runAllTimers();
		expect(afterLoad).not.toHaveBeenCalled();
	});
});
