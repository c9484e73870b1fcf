import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Faults a real phone meets, for the e2e tests: storage that is full, IndexedDB that is missing, throws or errors
 * (some private modes), and an upgrade blocked by another tab that holds an old connection.
 */

/**
 * Gives the page's origin a quota of `bytes` (DevTools protocol), so the next write beyond it fails with
 * QuotaExceededError as on a full phone. Call after the page has loaded the origin; `release` restores the quota.
 */
export async function fillStorage(
	page: Page,
	bytes = 1
): Promise<{ session: CDPSession; release: () => Promise<void> }> {
	const session = await page.context().newCDPSession(page);
	const storageKey = new URL(page.url()).origin;
	await session.send('Storage.overrideQuotaForOrigin', { origin: storageKey, quotaSize: bytes });
	return {
		session,
		// Without a size the override is lifted and the browser's own quota applies again.
		release: () => session.send('Storage.overrideQuotaForOrigin', { origin: storageKey }).then(() => {})
	};
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
