import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launch, launchProfile, PHONE, recordOutsideRequests } from './browser';
import { portOf, serve, stop } from './server';

/**
 * The one set-up every end-to-end file shares: the production build served once for all of them
 * (global-setup.ts), one Chromium per file, launched when a test first needs it and closed after the file, pages
 * and profiles that are closed after each test even when it fails, and axe.
 *
 * Waits are on what a person would see or on what was stored, never on time. Every wait is bounded only so that a
 * hang ends: the bound says nothing about speed, which a shared 2-core machine does not keep.
 */
export const HANG = 120_000;

export interface E2e {
	/** The address of the production build every file shares. */
	readonly base: string;
	/** The file's Chromium (launched on first use). */
	browser(): Promise<Browser>;
	/** A phone-sized page in a fresh context, with requests that leave 127.0.0.1 recorded in `outside`. */
	phonePage(options?: {
		colorScheme?: 'light' | 'dark';
		locale?: string;
	}): Promise<{ context: BrowserContext; page: Page; outside: string[] }>;
	/** A fresh phone-sized context with other options (reduced motion...). */
	newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
	/**
	 * A persistent profile in its own Chromium: service workers, storage and installability behave as for a person.
	 * Pass `dir` to open the same profile again (after a crash, for one).
	 */
	profile(dir?: string): Promise<BrowserContext>;
}

const bounded = (context: BrowserContext) => {
	context.setDefaultTimeout(HANG);
	context.setDefaultNavigationTimeout(HANG);
	return context;
};

/** Call once, at the top of an end-to-end file. */
export function useBrowser(): E2e {
	let launched: Promise<Browser> | undefined;
	const open: BrowserContext[] = [];
	const track = (context: BrowserContext) => {
		open.push(bounded(context));
		return context;
	};
	const browser = () => (launched ??= launch());

	afterEach(async () => {
		await Promise.all(open.splice(0).map((context) => context.close()));
	});
	afterAll(async () => {
		if (launched) await (await launched).close();
	});

	const newContext = async (options: BrowserContextOptions = {}) =>
		track(await (await browser()).newContext({ viewport: PHONE, locale: 'en-GB', ...options }));

	return {
		base: inject('baseUrl'),
		browser,
		newContext,
		async phonePage(options = {}) {
			const context = await newContext({
				locale: options.locale ?? 'en-GB',
				colorScheme: options.colorScheme ?? 'light'
			});
			const outside = recordOutsideRequests(context);
			const page = await context.newPage();
			return { context, page, outside };
		},
		profile: async (dir?: string) => track(await launchProfile(dir))
	};
}

export interface OwnServer {
	/** Its address, known once the file's set-up has run. */
	readonly base: string;
	/** Takes the server away at once, as a machine going offline would. */
	stop(): Promise<void>;
	/** Serves `dir` on the same address instead, as a deploy of a new version would. */
	replace(dir: string): Promise<void>;
}

/**
 * A production server of the file's own, for a file that takes it away (offline means nothing answers at all)
 * or deploys a new version. Call at the top of the file, after any `beforeAll` that must run first.
 */
export function useOwnServer(dir = 'build'): OwnServer {
	let server: Server | undefined;
	let port = 0;
	beforeAll(async () => {
		server = await serve(dir);
		port = portOf(server);
	});
	afterAll(async () => {
		if (server) await stop(server);
	});
	return {
		get base() {
			if (!server) throw new Error('The server starts in beforeAll: read `base` inside a test.');
			return `http://127.0.0.1:${port}`;
		},
		async stop() {
			if (server) await stop(server);
		},
		async replace(next: string) {
			if (server) await stop(server);
			server = await serve(next, port);
		}
	};
}

/** axe finds nothing on the page as it is now; `label` names the screen and state in the failure. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
		label
	).toEqual([]);
}
