// The bench page's script, built by the benchmark into an IIFE and served on the app's origin at /__bench/.
// It writes sample data through the app's own database module (createDb, the same schema and migrations) and
// times the floors: a raw IndexedDB put, and the same Dexie queries the screens run, without the app around.
import { createDb, type Db } from '$lib/db/db';

const now = () => performance.now();

/** Times `run` `runs` times (after one warm-up), in milliseconds. */
async function timeRuns(runs: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
	await run(-1);
	const times: number[] = [];
	for (let i = 0; i < runs; i += 1) {
		const start = now();
		await run(i);
		times.push(now() - start);
	}
	return times;
}

/** Opens (or creates) a plain IndexedDB database with one store keyed by `id`. */
function openRaw(name: string, store: string): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** One readwrite transaction that puts `record`, resolved when it has committed. */
function rawPut(db: IDBDatabase, store: string, record: unknown): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(store, 'readwrite');
		tx.objectStore(store).put(record);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error);
	});
}

let opened: Db | undefined;
async function appDb(): Promise<Db> {
	opened ??= createDb();
	if (!opened.isOpen()) await opened.open();
	return opened;
}

/** The floors for reading: the same queries the screens run, by name, through the app's Dexie database. */
const queries: Record<string, (db: Db) => Promise<unknown>> = {
	settings: (db) => db.settings.toArray()
};

const bench = {
	/** Row counts per table of the app's database. */
	async counts(): Promise<Record<string, number>> {
		const db = await appDb();
		const counts: Record<string, number> = {};
		for (const table of db.tables) counts[table.name] = await table.count();
		return counts;
	},

	/** Writes `rows` (table name -> records) into the app's database in one transaction; returns milliseconds. */
	async seed(rows: Record<string, unknown[]>): Promise<number> {
		const db = await appDb();
		const start = now();
		const tables = Object.keys(rows).map((name) => db.table(name));
		await db.transaction('rw', tables, async () => {
			for (const table of tables) await table.bulkPut(rows[table.name] ?? []);
		});
		return now() - start;
	},

	/** Closes this page's connection, so the app opens the database on its own. */
	close(): void {
		opened?.close();
		opened = undefined;
	},

	/** The floor for saving: `runs` raw IndexedDB puts of `record` (a fresh key each), each in its own transaction. */
	async rawPuts(record: Record<string, unknown>, runs: number): Promise<number[]> {
		const store = 'records';
		const db = await openRaw('between-bench-floor', store);
		try {
			return await timeRuns(runs, (i) => rawPut(db, store, { ...record, id: `floor-${i}-${now()}` }));
		} finally {
			db.close();
		}
	},

	/** The floor for a screen's data: the named query, through Dexie on the app's database, `runs` times. */
	async query(name: string, runs: number): Promise<number[]> {
		const query = queries[name];
		if (!query) throw new Error(`No bench query named ${name}. Known: ${Object.keys(queries).join(', ')}`);
		const db = await appDb();
		return timeRuns(runs, () => query(db));
	}
};

export type Bench = typeof bench;

(window as unknown as { betweenBench: Bench }).betweenBench = bench;
