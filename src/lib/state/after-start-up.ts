/**
 * Runs `task` once the page has loaded and the main thread is idle: work the first screen does not need (the
 * service worker, cards below the fold) then stays out of the start-up a person waits through. Returns a cancel.
 */
export function afterStartUp(task: () => void, timeout = 3000): () => void {
	let cancelled = false;
	let idle: number | undefined;
	const run = () => {
		if (cancelled) return;
		if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout });
		else idle = window.setTimeout(task, 0);
	};
	if (document.readyState === 'complete') run();
	else window.addEventListener('load', run, { once: true });
	return () => {
		cancelled = true;
		window.removeEventListener('load', run);
		if (idle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
		else clearTimeout(idle);
	};
}
