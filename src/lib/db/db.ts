import Dexie, { type EntityTable } from 'dexie';
import type { KeyOf, RowOf, TableName } from '$lib/domain/registry';
import { latestVersion, migrations } from './migrations';
import type { Migration } from './migrations/types';

export const DB_NAME = 'between';

/** Every table of the registry, typed by its schema and keyed by its primary key. */
export type Db = Dexie & { [T in TableName]: EntityTable<RowOf<T>, KeyOf<T> & keyof RowOf<T>> };

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
