import type { Transaction } from 'dexie';

/** One schema version: the Dexie store definitions it changes and, if data must move, its upgrade. */
export interface Migration {
	readonly version: number;
	readonly stores: Readonly<Record<string, string | null>>;
	/** Runs inside the upgrade transaction: return its promise, touch no other database, no fetch or timers. */
	readonly upgrade?: (tx: Transaction) => Promise<unknown>;
	/** Fills a brand-new database (Dexie runs no upgrade then), for versions that seed rows. Same rules as upgrade. */
	readonly populate?: (tx: Transaction) => Promise<unknown>;
}
