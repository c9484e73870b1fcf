import type { Transaction } from 'dexie';
import { defaultSymptoms, defaultTags } from '$lib/domain/check-in-presets';
import { localInstant } from '$lib/domain/time';
import type { Migration } from './types';

/** The default symptoms and a few tags, so the first check-in has something to rate and tap. */
async function seed(tx: Transaction): Promise<void> {
	const now = localInstant(new Date());
	const newId = () => crypto.randomUUID();
	await tx.table('symptoms').bulkAdd(defaultSymptoms(now, newId));
	await tx.table('tags').bulkAdd(defaultTags(now, newId));
}

/**
 * Version 2: check-ins and the standardized measures.
 * - checkIns: mood, symptom ratings, tags and a note; by day, and by day then time for the history.
 * - symptoms, tags: the client's own lists, in their order; archived rows stay so history keeps its names.
 * - measureResponses: completed PHQ-9 and GAD-7 forms, by instrument then time (the latest, the one before).
 * Every v1 table is untouched. Shipped: never edit; add a new version file instead.
 */
export const v2: Migration = {
	version: 2,
	stores: {
		checkIns: 'id, day, [day+at]',
		symptoms: 'id, order',
		tags: 'id, order',
		measureResponses: 'id, day, [instrument+at]'
	},
	upgrade: seed,
	populate: seed
};
