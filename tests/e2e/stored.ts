import type { Page } from 'playwright-core';

/**
 * What the app stored, read straight from IndexedDB in the page: one record by key (null when there is none),
 * or every record of the table. A table the database does not have yet reads as empty.
 */
export function readStore<T = unknown>(page: Page, table: string): Promise<T[]>;
export function readStore<T = unknown>(page: Page, table: string, key: string): Promise<T | null>;
export function readStore(page: Page, table: string, key?: string): Promise<unknown> {
	return page.evaluate(
		({ table, key }) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('between');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(table)) {
						db.close();
						return resolve(key === null ? [] : null);
					}
					const store = db.transaction(table).objectStore(table);
					const request = key === null ? store.getAll() : store.get(key);
					request.onerror = () => {
						db.close();
						reject(request.error);
					};
					request.onsuccess = () => {
						db.close();
						resolve(request.result ?? null);
					};
				};
			}),
		{ table, key: key ?? null }
	);
}
