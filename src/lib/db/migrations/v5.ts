import type { Migration } from './types';

/**
 * Version 5: CBT worksheets.
 * - worksheets: every worksheet (thought records, quick records, and the kinds to come), told apart by kind;
 *   listed newest first by updatedAt, by kind, and the finished ones by completedAt.
 * - distortions: the client's own cognitive distortions, and which standard ones they have hidden.
 * New tables only: nothing earlier moves, so there is no upgrade function.
 * Shipped: never edit; add a new version file instead.
 */
export const v5: Migration = {
	version: 5,
	stores: {
		worksheets: 'id, kind, updatedAt, completedAt',
		distortions: 'id'
	}
};
