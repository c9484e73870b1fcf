// Driving Debian's Chromium for measurements: phone-sized contexts without a service worker (so a first visit
// is a first visit and the precache does not add its downloads), gzip only (the budget is in gzip bytes), CPU
// slowdown through the DevTools protocol, and marks taken inside the page when a selector first matches.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.js';

export const PHONE = { width: 390, height: 844 };

export const launchBrowser = () => chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** @param {import('playwright-core').Browser} browser */
export const newContext = (browser) =>
	browser.newContext({
		viewport: PHONE,
		locale: 'en-GB',
		serviceWorkers: 'block',
		extraHTTPHeaders: { 'Accept-Encoding': 'gzip' }
	});

/**
 * Runs in the page before any of its scripts: records, as milliseconds since navigation started, when each
 * selector first matches, and when IndexedDB transactions that wrote to a store completed, and when a pointer
 * went down (a tap).
 * @param {Record<string, string>} selectors
 */
function instrument(selectors) {
	const w = /** @type {any} */ (window);
	const marks = (w.__benchMarks = /** @type {Record<string, number>} */ ({}));
	const wanted = Object.entries(selectors);
	const check = () => {
		for (const [name, selector] of wanted)
			if (!(name in marks) && document.querySelector(selector)) marks[name] = performance.now();
		return Object.keys(marks).length === wanted.length;
	};
	if (wanted.length && !check()) {
		const observer = new MutationObserver(() => {
			if (check()) observer.disconnect();
		});
		observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
	}
	const stored = (w.__benchStored = /** @type {{ store: string, at: number }[]} */ ([]));
	for (const method of /** @type {const} */ (['add', 'put'])) {
		const original = IDBObjectStore.prototype[method];
		IDBObjectStore.prototype[method] = function (/** @type {any[]} */ ...args) {
			const store = this.name;
			this.transaction.addEventListener('complete', () => stored.push({ store, at: performance.now() }));
			return original.apply(this, /** @type {any} */ (args));
		};
	}
	const taps = (w.__benchTaps = /** @type {number[]} */ ([]));
	addEventListener('pointerdown', (event) => taps.push(event.timeStamp), { capture: true });
}

/**
 * @typedef {{ url: string, type: string, sentAt: number, header: number, total?: number }} RequestRecord
 * @typedef {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession,
 *   marks: Record<string, number>, origin: number, requests: Map<string, RequestRecord> }} Visit
 */

/**
 * Opens `url` in a new page of `context` with the CPU slowed `cpu` times, and waits until every selector in
 * `marks` has matched. The caller closes `visit.page`.
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {{ cpu?: number, marks?: Record<string, string>, timeout?: number }} [options]
 * @returns {Promise<Visit>}
 */
export async function visit(context, url, { cpu = 1, marks = {}, timeout = 60_000 } = {}) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	/** @type {Map<string, RequestRecord>} */
	const requests = new Map();
	cdp.on('Network.requestWillBeSent', (event) => {
		requests.set(event.requestId, {
			url: event.request.url,
			type: event.type ?? 'Other',
			sentAt: event.wallTime * 1000,
			header: 0
		});
	});
	cdp.on('Network.responseReceived', (event) => {
		const request = requests.get(event.requestId);
		if (request) {
			request.type = event.type;
			request.header = event.response.encodedDataLength;
		}
	});
	cdp.on('Network.loadingFinished', (event) => {
		const request = requests.get(event.requestId);
		if (request) request.total = event.encodedDataLength;
	});
	await cdp.send('Network.enable');
	await page.addInitScript(instrument, marks);
	await page.goto(url, { waitUntil: 'commit', timeout });
	const count = Object.keys(marks).length;
	await page.waitForFunction(
		(n) => Object.keys(/** @type {any} */ (window).__benchMarks ?? {}).length >= n,
		count,
		{ timeout, polling: 20 }
	);
	const seen = await page.evaluate(() => ({
		marks: /** @type {Record<string, number>} */ (/** @type {any} */ (window).__benchMarks),
		origin: performance.timeOrigin
	}));
	return { page, cdp, marks: seen.marks, origin: seen.origin, requests };
}

/**
 * Gzip bytes of JS and CSS whose request was sent before the page reached `mark`: what it had to download
 * to get there. The body only (encodedDataLength at the end minus the headers), as first-load.js counts.
 * @param {Visit} visited @param {string} mark
 */
export async function bytesBefore(visited, mark) {
	const at = visited.origin + /** @type {number} */ (visited.marks[mark]);
	const counted = [...visited.requests.values()].filter(
		(r) => r.sentAt <= at && (r.type === 'Script' || r.type === 'Stylesheet')
	);
	// The protocol's loadingFinished events may trail the page by a moment.
	for (let waited = 0; counted.some((r) => r.total === undefined) && waited < 5000; waited += 20)
		await new Promise((done) => setTimeout(done, 20));
	const body = (/** @type {RequestRecord} */ r) => (r.total ?? 0) - r.header;
	const sum = (/** @type {string} */ type) =>
		counted.filter((r) => r.type === type).reduce((total, r) => total + body(r), 0);
	return {
		js: sum('Script'),
		css: sum('Stylesheet'),
		files: counted.map((r) => ({ url: r.url, bytes: body(r) })).sort((a, b) => b.bytes - a.bytes)
	};
}

/**
 * A page on the app's origin that runs the bench script (bench/browser/bench-page.ts): seeding data through
 * the app's database module and timing floors, next to the app's own IndexedDB.
 * @param {import('playwright-core').BrowserContext} context @param {string} base @param {number} [cpu]
 */
export async function benchPage(context, base, cpu = 1) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	await page.goto(`${base}/__bench/`);
	await page.waitForFunction(() => 'betweenBench' in window);
	return page;
}
