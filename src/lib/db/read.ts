import type { Checked, RowOf, TableName } from '$lib/domain/registry';

type Registry = typeof import('$lib/domain/registry');

// The schemas (and zod) are not needed to paint the first screen: they load beside it, started here, and every
// read after the first finds them ready. A read awaits its rows first, so Dexie has seen every table it touches.
let registry: Registry | undefined;
const loading: Promise<Registry> = import('$lib/domain/registry').then((loaded) => (registry = loaded));

/**
 * Settles once the schemas are loaded. The App waits for it before it hands out the database, so that no live
 * query ever awaits the import itself (Dexie follows a query's reads only through its own promises).
 */
export const schemasReady = (): Promise<unknown> => loading;

// Every read goes through these: each row read is checked against its table's schema in the registry, a damaged
// one is left out and counted, so one bad record never hides the good ones beside it. Only the rows a screen
// reads are checked (a month of check-ins, not ten years of them).

export type { Checked } from '$lib/domain/registry';

/** The rows `query` finds in `table` that pass their schema, and how many did not. */
export async function readRows<T extends TableName>(
	table: T,
	query: PromiseLike<readonly unknown[]>
): Promise<Checked<RowOf<T>>> {
	const rows = await query;
	return (registry ?? (await loading)).checkRows(table, rows);
}

/** Only the rows that pass, for lists that show no notice of their own. */
export async function readValid<T extends TableName>(
	table: T,
	query: PromiseLike<readonly unknown[]>
): Promise<RowOf<T>[]> {
	return (await readRows(table, query)).rows;
}

/** One row from `table` if it passes its schema; undefined when it is missing or damaged. */
export async function readRow<T extends TableName>(
	table: T,
	query: PromiseLike<unknown>
): Promise<RowOf<T> | undefined> {
	const row = await query;
	return (registry ?? (await loading)).checkRow(table, row);
}
