import type { Migration } from './types';

/**
 * Version 3: the Stanley-Brown safety plan.
 * - safetyPlan: the one current plan (fixed key), which Help now shows.
 * - safetyPlanVersions: the plan as it stood after each sitting of changes, for comparing; newest by createdAt.
 * Nothing to move: both tables start empty. Shipped: never edit; add a new version file instead.
 */
export const v3: Migration = {
	version: 3,
	stores: {
		safetyPlan: 'id',
		safetyPlanVersions: 'id, createdAt'
	}
};
