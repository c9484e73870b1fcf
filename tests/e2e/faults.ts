import type { BrowserContext, Page } from 'playwright-core';

/**
 * Faults a real phone meets, for the e2e tests: storage that is full, IndexedDB that is missing, throws or errors
 * (some private modes), and an upgrade blocked by another tab that holds an old connection.
 */

/**
 * Makes the page's storage full: from now on every IndexedDB write throws QuotaExceededError, as a full phone's
 * does; `release` frees the space again. (The DevTools protocol's Storage.overrideQuotaForOrigin is accepted by
 * Debian's Chromium but changes neither the reported quota nor whether a write succeeds, so the writes are
 * refused here, at the IndexedDB calls Dexie makes.) Call after the page has loaded.
 */
export async function fillStorage(page: Page): Promise<{ release: () => Promise<void> }> {
	const set = (full: boolean) =>
		page.evaluate((full) => {
			const w = window as unknown as { __storageFull?: boolean; __storagePatched?: boolean };
			w.__storageFull = full;
			if (w.__storagePatched) return;
			w.__storagePatched = true;
			const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
			for (const method of ['put', 'add']) {
				const original = proto[method]!;
				proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
					if (w.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					return original.apply(this, args);
				};
			}
		}, full);
	await set(true);
	return { release: () => set(false) };
}

export type IndexedDbFault = 'missing' | 'throws' | 'errors';

/**
 * Breaks IndexedDB for every page of the context before the app's code runs:
 * - missing: `window.indexedDB` is undefined;
 * - throws: `indexedDB.open` throws a SecurityError, as Firefox's private mode once did;
 * - errors: `indexedDB.open` returns a request that fails with an UnknownError.
 */
export async function breakIndexedDb(context: BrowserContext | Page, fault: IndexedDbFault): Promise<void> {
	await context.addInitScript((fault: IndexedDbFault) => {
		const factory = window.indexedDB;
		if (fault === 'missing') {
			Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
			return;
		}
		if (fault === 'throws') {
			factory.open = () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			};
			return;
		}
		factory.open = () => {
			// A request that never opens: the error event fires once the caller has attached its handlers.
			const request = factory.open('__between_fault__', 1) as IDBOpenDBRequest;
			const failed = new EventTarget() as IDBOpenDBRequest;
			const error = new DOMException('Internal error opening backing store.', 'UnknownError');
			Object.defineProperties(failed, {
				error: { get: () => error },
				result: {
					get: () => {
						throw new DOMException('The request has not finished.', 'InvalidStateError');
					}
				},
				readyState: { get: () => 'done' },
				transaction: { get: () => null },
				source: { get: () => null }
			});
			request.onsuccess = () => {
				request.result.close();
				const event = new Event('error', { cancelable: true });
				failed.dispatchEvent(event);
				(failed as { onerror?: ((e: Event) => void) | null }).onerror?.(event);
			};
			return failed;
		};
	}, fault);
}

/**
 * Holds a connection to the 'between' database at an older version that never closes on `versionchange`, so
 * the app's upgrade is blocked for as long as `page` stays open. Dexie stores version n as IndexedDB version n*10.
 * Open `page` on the app's origin (any URL there) before the app's page; the database is created at that version.
 */
export async function blockUpgrade(page: Page, dexieVersion = 1): Promise<void> {
	await page.evaluate(
		(version) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('between', version);
				open.onupgradeneeded = () => {
					// Dexie's version 1 shape is not needed: the blocker only has to exist at an older number.
				};
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					// Ignore versionchange: an old tab that does not let go.
					db.onversionchange = null;
					(window as unknown as { __blocker: IDBDatabase }).__blocker = db;
					resolve();
				};
			}),
		dexieVersion * 10
	);
}
