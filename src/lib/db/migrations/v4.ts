import type { Migration } from './types';

/**
 * Version 4: coping skills.
 * - practices: the practice log, one row per practice of a skill, with distress before and after.
 * - skillPrefs: per skill, a favourite mark and optional cues, keyed by skill.
 * - stopPlans: thought-stopping plans (thought, cue, replacement).
 * - memories: the push-button technique's bank of pleasant memories.
 * - sleepHabits: the client's sleep-hygiene checklist, in their order.
 * - sleepChecks: which habits were done each night, keyed by the night.
 * - sleepDiary: the Consensus Sleep Diary, one night per day at most.
 * New tables only: nothing earlier moves, so there is no upgrade function.
 * Shipped: never edit; add a new version file instead.
 */
export const v4: Migration = {
	version: 4,
	stores: {
		practices: 'id, skill, day, startedAt',
		skillPrefs: 'skill',
		stopPlans: 'id, createdAt',
		memories: 'id, createdAt',
		sleepHabits: 'id, order',
		sleepChecks: 'night',
		sleepDiary: 'id, &day'
	}
};
