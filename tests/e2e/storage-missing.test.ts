import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { breakIndexedDb, type IndexedDbFault } from './faults';
import { useBrowser } from './setup';

const { base, phonePage } = useBrowser();

/**
 * Every route of the app, as a URL a person could open: read from src/routes, so a new screen is walked too. A
 * route with a parameter is opened with a value that exists (an instrument, a plan view) or, for a stored
 * record's id, one that cannot be there.
 */
const ROUTES = join(import.meta.dirname, '../../src/routes');
const examples: Record<string, string[]> = {
	'[id]': ['not-stored'],
	'[kind]': ['thought-record', 'quick', 'ladder', 'problem-solving'],
	'[instrument]': ['phq9', 'gad7'],
	'[[view=planView]]': ['', 'history', 'print']
};
function routesUnder(dir: string): string[] {
	const here = readdirSync(dir, { withFileTypes: true });
	const found = here.some((entry) => entry.name === '+page.svelte') ? [dir] : [];
	for (const entry of here) if (entry.isDirectory()) found.push(...routesUnder(join(dir, entry.name)));
	return found;
}
const paths = routesUnder(ROUTES)
	.flatMap((dir) => {
		let urls = [''];
		for (const segment of relative(ROUTES, dir).split('/').filter(Boolean)) {
			// A group such as (client) is no part of the URL.
			if (/^\(.+\)$/.test(segment)) continue;
			const values = examples[segment] ?? [segment];
			if (segment.startsWith('[') && !examples[segment]) throw new Error(`No example for ${segment}`);
			urls = urls.flatMap((url) => values.map((value) => (value ? `${url}/${value}` : url)));
		}
		return urls.map((url) => url || '/');
	})
	.sort();

const PROBLEM = 'Between cannot reach its storage';
const helpNowButton = (page: Page) =>
	page.getByRole('banner').getByRole('link', { name: 'Help now: crisis lines and your people' });

/** The crisis lines for the browser's country (en-GB), with a tap-to-call link that dials. */
async function expectCrisisLines(page: Page) {
	await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
	await page.getByRole('heading', { name: 'Crisis lines: United Kingdom' }).waitFor();
	const call = page.getByRole('link', { name: 'Call Samaritans, 116 123' });
	await call.waitFor();
	expect(await call.getAttribute('href')).toBe('tel:116123');
}

test('the walk covers every screen, the manifest shortcuts among them', () => {
	expect(paths).toEqual(
		expect.arrayContaining([
			'/',
			'/check-in',
			'/check-in/history',
			'/check-in/manage',
			'/help',
			'/measures/phq9',
			'/measures/gad7',
			'/more',
			'/safety-plan',
			'/safety-plan/history',
			'/safety-plan/print',
			'/skills/sleep-hygiene/diary'
		])
	);
	expect(paths.length).toBeGreaterThanOrEqual(24);
});

describe.each<IndexedDbFault>(['missing', 'throws', 'errors'])(
	'with IndexedDB %s',
	{ timeout: 300_000 },
	(fault) => {
		test('every route shows the storage notice and Help now, and Help now opens with its crisis lines', async () => {
			const { page, context } = await phonePage();
			await breakIndexedDb(context, fault);
			const errors: string[] = [];
			let at = '';
			page.on('pageerror', (error) => errors.push(`${at}: ${error.message}`));
			for (const path of paths) {
				at = path;
				await page.goto(`${base}${path}`);
				const notice = page.getByRole('alert').filter({ hasText: PROBLEM });
				await notice.waitFor();
				expect(await notice.isVisible(), path).toBe(true);
				await helpNowButton(page).waitFor();
				expect(await helpNowButton(page).isVisible(), path).toBe(true);
				if (path === '/help') await expectCrisisLines(page);
				await helpNowButton(page).click();
				await expect.poll(() => new URL(page.url()).pathname).toBe('/help');
				await expectCrisisLines(page);
			}
			expect(errors).toEqual([]);
		});
	}
);
