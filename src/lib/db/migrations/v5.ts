import type { Migration } from './types';

/**
 * Version 5: CBT worksheets.
 * - worksheets: every kind of worksheet (thought records, quick records, and the kinds to come), told apart by
 *   kind; listed by kind, by last change and by completion.
 * - distortions: the client's own cognitive distortions, and a row per standard one they hid (never deleted).
 * New tables only: nothing earlier moves, so there is no upgrade function.
 * Shipped: never edit; add a new version file instead.
 */
export const v5: Migration = {
	version: 5,
	stores: {
		worksheets: 'id, kind, updatedAt, completedAt, [kind+updatedAt]',
		distortions: 'id, createdAt'
	}
};
