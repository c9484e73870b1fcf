import type { MeasureResponse } from '$lib/domain/measures';

// A result deleted on its own screen is handed to the questionnaires screen, which says so and offers Undo.
// Kept in memory only: after a reload there is nothing to undo and nothing is said.
let pending: MeasureResponse | null = null;

export function handOverDeleted(response: MeasureResponse): void {
	pending = response;
}

/** The response just deleted, once: a second call returns null. */
export function takeDeleted(): MeasureResponse | null {
	const taken = pending;
	pending = null;
	return taken;
}
