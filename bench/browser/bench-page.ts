// The bench page's script, built by the benchmark into an IIFE and served on the app's origin at /__bench/.
// It writes sample data through the app's own database module (createDb, the same schema and migrations) and
// times the floors: a raw IndexedDB put, and the same Dexie queries the screens run, without the app around.
import { listSymptoms, listTags } from '$lib/db/check-in-lists';
import { checkInMonth, checkInsOn } from '$lib/db/check-in-queries';
import { createDb, type Db } from '$lib/db/db';
import { getResponse, latestResponse, previousResponse } from '$lib/db/measure-queries';
import { generateSampleData, type SampleOptions } from '$lib/sample/sample-data';

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

/** What a query needs to know: today's date, a record's id. */
type QueryParams = { today?: string; id?: string };

/**
 * The floors for reading: what each screen reads (the app's own query functions, through its Dexie database),
 * by name. Keep each in step with the screen it stands for.
 */
const queries: Record<string, (db: Db, params: QueryParams) => Promise<unknown>> = {
	// Today: the neutral check-in line and the measures-due card.
	today: (db, { today = '' }) =>
		Promise.all([checkInsOn(db, today), latestResponse(db, 'phq9'), latestResponse(db, 'gad7')]),
	// History: the newest month with check-ins, and the names of symptoms and tags.
	history: (db) => Promise.all([checkInMonth(db), listSymptoms(db), listTags(db)]),
	// A PHQ-9 result and the one before it, for the change.
	measureResult: async (db, { id = '' }) => {
		const response = await getResponse(db, id);
		return response && previousResponse(db, response);
	}
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
	async query(name: string, runs: number, params: QueryParams = {}): Promise<number[]> {
		const query = queries[name];
		if (!query) throw new Error(`No bench query named ${name}. Known: ${Object.keys(queries).join(', ')}`);
		const db = await appDb();
		return timeRuns(runs, () => query(db, params));
	},

	/**
	 * Replaces the tables the sample data fills with years of it (src/lib/sample/sample-data.ts), in one
	 * transaction through the app's database module. Returns what it wrote and ids the screens need.
	 */
	async seedSample(options: SampleOptions) {
		const started = now();
		const data = generateSampleData(options);
		const generated = now() - started;
		const db = await appDb();
		const tables = Object.keys(data).map((name) => db.table(name));
		const rows = data as unknown as Record<string, unknown[]>;
		await db.transaction('rw', tables, async () => {
			for (const table of tables) {
				await table.clear();
				await table.bulkPut(rows[table.name] ?? []);
			}
		});
		const phq9 = data.measureResponses.filter((r) => r.instrument === 'phq9').at(-1);
		return {
			counts: Object.fromEntries(Object.entries(rows).map(([name, list]) => [name, list.length])),
			generateMs: generated,
			writeMs: now() - started - generated,
			latestPhq9: phq9?.id ?? ''
		};
	},

	/** The newest check-in stored (the one a save just wrote). */
	async latestCheckIn() {
		const db = await appDb();
		return db.checkIns.orderBy('[day+at]').last();
	}
};

export type Bench = typeof bench;

(window as unknown as { betweenBench: Bench }).betweenBench = bench;
