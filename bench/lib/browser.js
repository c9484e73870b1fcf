// Driving Debian's Chromium for measurements: phone-sized contexts without a service worker (so a first visit
// is a first visit and the precache does not add its downloads), gzip only (the budget is in gzip bytes), CPU
// slowdown through the DevTools protocol, and marks taken inside the page when a selector first matches.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.js';

export const PHONE = { width: 390, height: 844 };

export const launchBrowser = () => chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options] others (scripts blocked, for one)
 */
export const newContext = (browser, options = {}) =>
	browser.newContext({
		viewport: PHONE,
		locale: 'en-GB',
		serviceWorkers: 'block',
		extraHTTPHeaders: { 'Accept-Encoding': 'gzip' },
		...options
	});

/**
 * A mark: when an element matching `selector` is first in the document; with `withText`, once it also has text
 * (a line whose space is reserved before its data arrives); with `fresh`, an element other than the one that
 * matched when watching began (the next screen's heading, not this one's); with `none`, once nothing matches that
 * selector too (every chart drawn: `canvas:not([data-points])`).
 * @typedef {string | { selector: string, withText?: boolean, fresh?: boolean, none?: string }} MarkSpec
 */

/**
 * Runs in the page before any of its scripts: records, as milliseconds since navigation started, when each
 * mark first matches; when IndexedDB transactions that wrote to a store completed; and when a tap completed
 * (the click event: when the app is asked to act, whatever time a finger or the driver took between down and
 * up). `window.__benchWatch(name, spec)` starts watching for another mark later (after an in-app navigation).
 * @param {Record<string, MarkSpec>} specs
 */
function instrument(specs) {
	const w = /** @type {any} */ (window);
	const marks = (w.__benchMarks = /** @type {Record<string, number>} */ ({}));
	/** @typedef {{ selector: string, withText?: boolean, none?: string, before?: Element | null }} Pending */
	/** @type {Map<string, Pending & { fresh?: boolean }>} */
	const pending = new Map();
	const matches = (/** @type {Pending} */ spec) => {
		const element = document.querySelector(spec.selector);
		if (!element || element === spec.before) return false;
		if (spec.none && document.querySelector(spec.none)) return false;
		return !spec.withText || (element.textContent ?? '').trim() !== '';
	};
	const check = () => {
		for (const [name, spec] of pending)
			if (matches(spec)) {
				marks[name] = performance.now();
				pending.delete(name);
			}
	};
	// Checked right as nodes are inserted, before the inserting code runs on (a component's mount effects may
	// start loading code it needs only later), and after any other change, such as text filled in.
	/** @param {any} proto @param {string} method */
	const afterInsert = (proto, method) => {
		const original = proto[method];
		proto[method] = function (/** @type {any[]} */ ...args) {
			const result = original.apply(this, args);
			if (pending.size && this.isConnected) check();
			return result;
		};
	};
	for (const proto of [Element.prototype, CharacterData.prototype])
		for (const method of ['before', 'after', 'append', 'prepend', 'replaceWith']) afterInsert(proto, method);
	afterInsert(Node.prototype, 'insertBefore');
	afterInsert(Node.prototype, 'appendChild');
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
	w.__benchWatch = (/** @type {string} */ name, /** @type {MarkSpec} */ spec) => {
		delete marks[name];
		const full = typeof spec === 'string' ? { selector: spec } : spec;
		pending.set(name, { ...full, before: full.fresh ? document.querySelector(full.selector) : null });
		check();
	};
	for (const [name, spec] of Object.entries(specs)) w.__benchWatch(name, spec);
	const stored = (w.__benchStored = /** @type {{ store: string, calledAt: number, at: number }[]} */ ([]));
	for (const method of /** @type {const} */ (['add', 'put'])) {
		const original = IDBObjectStore.prototype[method];
		IDBObjectStore.prototype[method] = function (/** @type {any[]} */ ...args) {
			const store = this.name;
			const calledAt = performance.now();
			this.transaction.addEventListener('complete', () =>
				stored.push({ store, calledAt, at: performance.now() })
			);
			return original.apply(this, /** @type {any} */ (args));
		};
	}
	const taps = (w.__benchTaps = /** @type {number[]} */ ([]));
	addEventListener('click', (event) => taps.push(event.timeStamp), { capture: true });
}

/**
 * A request's wall-clock times in milliseconds (the protocol's monotonic timestamps moved onto the wall clock by
 * the pair it sends with each request), and its encoded sizes.
 * @typedef {{ url: string, type: string, sentAt: number, clock: number, header: number, total?: number,
 *   finishedAt?: number }} RequestRecord
 * @typedef {{ page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession,
 *   marks: Record<string, number>, origin: number, requests: Map<string, RequestRecord> }} Visit
 */

/**
 * Opens `url` in a new page of `context` with the CPU slowed `cpu` times, and waits until every selector in
 * `marks` has matched. The caller closes `visit.page`.
 * @param {import('playwright-core').BrowserContext} context @param {string} url
 * @param {{ cpu?: number, marks?: Record<string, MarkSpec>, timeout?: number }} [options]
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
			clock: (event.wallTime - event.timestamp) * 1000,
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
		if (request) {
			request.total = event.encodedDataLength;
			request.finishedAt = event.timestamp * 1000 + request.clock;
		}
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
 * Gzip bytes of the JS and CSS the page had downloaded when it reached `mark`: what it needed to get there.
 * Code fetched at that moment for later (a screen warming its saving code as it mounts) is sent before the mark
 * but arrives after it, so it is not counted. The body only (encodedDataLength at the end minus the headers),
 * as first-load.js counts.
 * @param {Visit} visited @param {string} mark
 */
export async function bytesBefore(visited, mark) {
	const at = visited.origin + /** @type {number} */ (visited.marks[mark]);
	const code = [...visited.requests.values()].filter(
		(r) => r.sentAt <= at && (r.type === 'Script' || r.type === 'Stylesheet')
	);
	// The protocol's loadingFinished events may trail the page by a moment.
	for (let waited = 0; code.some((r) => r.total === undefined) && waited < 5000; waited += 20)
		await new Promise((done) => setTimeout(done, 20));
	const counted = code.filter((r) => r.finishedAt !== undefined && r.finishedAt <= at);
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

/**
 * Navigates inside the running app, as a tap on a link would (the SvelteKit router, no page load), and returns
 * the milliseconds from the tap to `mark` matching.
 * @param {import('playwright-core').Page} page @param {string} path @param {MarkSpec} mark
 */
export async function tapTo(page, path, mark, timeout = 60_000) {
	await page.evaluate(
		({ path, mark }) => {
			const w = /** @type {any} */ (window);
			w.__benchWatch('tap', mark);
			let link = /** @type {HTMLAnchorElement | null} */ (document.getElementById('bench-link'));
			if (!link) {
				link = document.createElement('a');
				link.id = 'bench-link';
				link.textContent = 'bench';
				link.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;padding:8px;background:#fff';
				document.body.append(link);
			}
			link.href = path;
		},
		{ path, mark }
	);
	await page.locator('#bench-link').click();
	await page.waitForFunction(() => 'tap' in /** @type {any} */ (window).__benchMarks, null, {
		timeout,
		polling: 20
	});
	return page.evaluate(() => {
		const w = /** @type {any} */ (window);
		return /** @type {number} */ (w.__benchMarks.tap) - /** @type {number} */ (w.__benchTaps.at(-1));
	});
}
