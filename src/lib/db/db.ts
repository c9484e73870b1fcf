import Dexie, { type EntityTable } from 'dexie';
import type { CheckIn, Symptom, Tag } from '$lib/domain/check-in';
import type { Contact } from '$lib/domain/contact';
import type { MeasureResponse } from '$lib/domain/measures';
import type { Draft } from '$lib/domain/draft';
import type { SafetyPlan, SafetyPlanVersion } from '$lib/domain/safety-plan';
import type { Settings } from '$lib/domain/settings';
import type { Memory, Practice, SkillPrefs, StopPlan } from '$lib/domain/skills.schema';
import type { SleepCheck, SleepDiary, SleepHabit } from '$lib/domain/sleep.schema';
import { latestVersion, migrations } from './migrations';
import type { Migration } from './migrations/types';

export const DB_NAME = 'between';

export type Db = Dexie & {
	settings: EntityTable<Settings, 'id'>;
	drafts: EntityTable<Draft, 'key'>;
	contacts: EntityTable<Contact, 'id'>;
	checkIns: EntityTable<CheckIn, 'id'>;
	symptoms: EntityTable<Symptom, 'id'>;
	tags: EntityTable<Tag, 'id'>;
	measureResponses: EntityTable<MeasureResponse, 'id'>;
	safetyPlan: EntityTable<SafetyPlan, 'id'>;
	safetyPlanVersions: EntityTable<SafetyPlanVersion, 'id'>;
	practices: EntityTable<Practice, 'id'>;
	skillPrefs: EntityTable<SkillPrefs, 'skill'>;
	stopPlans: EntityTable<StopPlan, 'id'>;
	memories: EntityTable<Memory, 'id'>;
	sleepHabits: EntityTable<SleepHabit, 'id'>;
	sleepChecks: EntityTable<SleepCheck, 'night'>;
	sleepDiary: EntityTable<SleepDiary, 'id'>;
};

/** Declares `upTo`'s migrations on a Dexie instance (tests pass a lower `upTo` to seed an older schema). */
export function declareSchema(db: Dexie, list: readonly Migration[] = migrations) {
	for (const migration of list) {
		const version = db.version(migration.version).stores(migration.stores);
		if (migration.upgrade) version.upgrade(migration.upgrade);
		if (migration.populate) db.on('populate', migration.populate);
	}
}

/** A Dexie instance for Between's database with every schema version declared. Not yet opened. */
export function createDb(name = DB_NAME, list: readonly Migration[] = migrations): Db {
	const db = new Dexie(name) as Db;
	declareSchema(db, list);
	return db;
}

/**
 * True when a newer version of the app has already upgraded this database. Dexie would open it anyway
 * (and even add its own missing tables), but only one schema version may write at a time (DESIGN.md),
 * so an older copy of the app must not touch it. Dexie stores version n as IndexedDB version n * 10.
 */
export async function isNewerThanThisApp(name = DB_NAME): Promise<boolean> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
	const found = (await indexedDB.databases()).find((info) => info.name === name);
	return (found?.version ?? 0) > latestVersion * 10;
}
