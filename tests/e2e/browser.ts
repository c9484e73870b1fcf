import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.js';

export const PHONE = { width: 390, height: 844 };

export const launch = (): Promise<Browser> =>
	chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/**
 * A persistent profile: service workers, storage and Chromium's installability check behave as for a person.
 * Pass `dir` to open the same profile again (after a crash, for one).
 */
export async function launchProfile(
	dir = mkdtempSync(join(tmpdir(), 'between-profile-'))
): Promise<BrowserContext> {
	return chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath(),
		args: chromiumArgs,
		viewport: PHONE,
		locale: 'en-GB'
	});
}

/** Every request the context makes to anywhere but this machine; a test asserts the list stays empty. */
export function recordOutsideRequests(context: BrowserContext): string[] {
	const outside: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
		if (!local && !['data:', 'blob:', 'about:', 'chrome-extension:'].includes(url.protocol))
			outside.push(url.href);
	});
	return outside;
}

/** Resolves once a service worker controls the page, so that the app is precached for offline use. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
		}
	});
}
