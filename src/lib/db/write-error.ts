/** Why a write failed, in the terms the app explains to a person: storage is full, or something else went wrong. */
export type WriteProblem = 'quota' | 'other';

const QUOTA = new Set(['QuotaExceededError', 'QuotaExceeded']);

/**
 * Dexie wraps the browser's error (AbortError or a transaction error with the DOMException as `inner`), and a
 * transaction that aborts because the disk is full reports QuotaExceededError only there, so every layer is read.
 */
function names(error: unknown, seen = new Set<unknown>()): string[] {
	if (!error || typeof error !== 'object' || seen.has(error)) return [];
	seen.add(error);
	const { name, inner, cause, failures } = error as {
		name?: unknown;
		inner?: unknown;
		cause?: unknown;
		failures?: unknown;
	};
	const nested = [inner, cause, ...(Array.isArray(failures) ? failures : [])];
	return [typeof name === 'string' ? name : '', ...nested.flatMap((e) => names(e, seen))];
}

/** Quota when any layer of the error says the origin's storage is full; anything else is 'other'. */
export function classifyWriteError(error: unknown): WriteProblem {
	return names(error).some((name) => QUOTA.has(name)) ? 'quota' : 'other';
}
