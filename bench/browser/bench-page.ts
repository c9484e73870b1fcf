// The bench page's script, built by the benchmark into an IIFE and served on the app's origin at /__bench/.
// It writes sample data through the app's own database module (createDb, the same schema and migrations) and
// times the floors: a raw IndexedDB put, and the same Dexie queries the screens run, without the app around.
import { listSymptoms, listTags } from '$lib/db/check-in-lists';
import { checkInMonth, checkInsOn, readCheckInsBetween } from '$lib/db/check-in-queries';
import { createDb, type Db } from '$lib/db/db';
import { getResponse, latestResponse, previousResponse } from '$lib/db/measure-queries';
import { firstCheckInDay, measuresBetween } from '$lib/db/progress-queries';
import { practicesBetween, sleepDiariesBetween } from '$lib/db/skill-queries';
import { worksheetsCompletedBetween } from '$lib/db/worksheet-queries';
import { INSTRUMENTS } from '$lib/domain/measures';
import {
	binFor,
	binValues,
	countBinFor,
	countsByBin,
	measureSeries,
	parseRange,
	rollingAverage,
	sleepSeries,
	tagSummaries,
	type Point
} from '$lib/domain/progress';
import { Chart } from '$lib/features/progress/chart-runtime';
import { generateSampleData, type SampleOptions } from '$lib/sample/sample-data';
import type { ChartConfiguration } from 'chart.js';

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

/**
 * The Progress screen's work without the app: the same reads (ProgressScreen.svelte), the same domain
 * aggregation, and chart.js (the app's own build of it, chart-runtime.ts) drawing the same series on canvases of
 * the app's size. Keep it in step with the screen.
 */
async function progressData(db: Db, today: string, asked: string) {
	const firstDay = await firstCheckInDay(db);
	const range = parseRange({ range: asked }, today, { firstDay });
	const { from, to } = range;
	const [found, measures, symptoms, tags, diaries, practices, worksheets] = await Promise.all([
		readCheckInsBetween(db, from, to),
		measuresBetween(db, from, to),
		listSymptoms(db),
		listTags(db),
		sleepDiariesBetween(db, from, to),
		practicesBetween(db, from, to),
		worksheetsCompletedBetween(db, from, to)
	]);
	const bin = binFor(range);
	const countBin = countBinFor(range);
	const entries = found.rows;
	const series: Point[][] = [
		binValues(
			entries.map((e) => ({ day: e.day, value: e.mood })),
			range,
			bin
		)
	];
	for (const symptom of symptoms) {
		const values = entries.flatMap((e) => {
			const value = e.ratings[symptom.id];
			return value === undefined ? [] : [{ day: e.day, value }];
		});
		if (values.length) series.push(binValues(values, range, bin));
	}
	const sleep = sleepSeries(diaries, range, bin);
	if (sleep.nights) series.push(sleep.efficiency, sleep.hours);
	const questionnaires = INSTRUMENTS.map((i) => measureSeries(measures.rows, i, range, bin)).filter(
		(points) => points.some((p) => p.count)
	);
	const bars = [
		countsByBin(
			practices.map((p) => ({ day: p.day, key: p.skill })),
			range,
			countBin
		),
		countsByBin(
			worksheets.rows.flatMap((w) =>
				w.completedAt ? [{ day: w.completedAt.slice(0, 10), key: w.kind }] : []
			),
			range,
			countBin
		)
	];
	return { series, questionnaires, bars, tags: tagSummaries(entries, range), tagNames: tags.length };
}

type ProgressData = Awaited<ReturnType<typeof progressData>>;

function progressCharts(data: ProgressData): ChartConfiguration[] {
	const base = { responsive: true, maintainAspectRatio: false, animation: { duration: 300 } } as const;
	const line = (points: Point[]): ChartConfiguration => ({
		type: 'line',
		data: {
			labels: points.map((p) => p.day),
			datasets: [
				{ data: points.map((p) => p.max), fill: '+1', pointRadius: 0, borderWidth: 0 },
				{ data: points.map((p) => p.min), pointRadius: 0, borderWidth: 0 },
				{ data: points.map((p) => p.mean), pointRadius: points.length > 60 ? 2 : 3.5 },
				{ data: rollingAverage(points), borderDash: [6, 4], pointRadius: 0 }
			]
		},
		options: base
	});
	const questionnaire = (points: ProgressData['questionnaires'][number]): ChartConfiguration => ({
		type: 'line',
		data: {
			labels: points.map((p) => p.day),
			datasets: [
				{ data: points.map((p) => p.mean), spanGaps: true, pointRadius: 4 },
				{ data: points.map((p) => ((p.item9 ?? 0) > 0 ? p.mean : null)), showLine: false }
			]
		},
		options: base
	});
	const bar = (bins: ProgressData['bars'][number]): ChartConfiguration => {
		const keys = [...new Set(bins.flatMap((b) => Object.keys(b.counts)))];
		return {
			type: 'bar',
			data: {
				labels: bins.map((b) => b.day),
				datasets: keys.map((key) => ({
					label: key,
					data: bins.map((b) => (b.counts as Record<string, number>)[key] ?? 0)
				}))
			},
			options: { ...base, scales: { x: { stacked: true }, y: { stacked: true } } }
		};
	};
	return [
		...data.series.map(line),
		...data.questionnaires.map(questionnaire),
		...data.bars.filter((bins) => bins.some((b) => Object.keys(b.counts).length)).map(bar)
	];
}

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

	/**
	 * The floor for Progress, once, in this fresh page as the app draws its charts once in its own: reading and
	 * aggregating the range `asked` (`load`), then chart.js drawing its charts on canvases `width` wide (`draw`),
	 * in milliseconds. No warm-up run: chart.js's code is as new to this page as to the app's.
	 */
	async progress(params: { today: string; range: string; width: number }) {
		const db = await appDb();
		const host = document.createElement('div');
		host.style.width = `${params.width}px`;
		document.body.append(host);
		const drawn: Chart[] = [];
		try {
			const started = now();
			const data = await progressData(db, params.today, params.range);
			const loaded = now();
			for (const config of progressCharts(data)) {
				const frame = document.createElement('div');
				frame.style.cssText = 'position:relative;height:200px';
				const canvas = document.createElement('canvas');
				frame.append(canvas);
				host.append(frame);
				drawn.push(new Chart(canvas, config));
			}
			return { load: loaded - started, draw: now() - loaded };
		} finally {
			for (const chart of drawn) chart.destroy();
			host.remove();
		}
	},

	/** The newest check-in stored (the one a save just wrote). */
	async latestCheckIn() {
		const db = await appDb();
		return db.checkIns.orderBy('[day+at]').last();
	}
};

export type Bench = typeof bench;

(window as unknown as { betweenBench: Bench }).betweenBench = bench;
