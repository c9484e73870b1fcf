import type { Migration } from './types';

/**
 * Version 1: what the app shell needs.
 * - settings: one row of preferences (theme, motion, crisis-line region).
 * - drafts: half-finished forms, keyed by form.
 * - contacts: the client's own people and professionals, shown on Help now.
 * Shipped: never edit; add a new version file instead.
 */
export const v1: Migration = {
	version: 1,
	stores: {
		settings: 'id',
		drafts: 'key, updatedAt',
		contacts: 'id, order'
	}
};
