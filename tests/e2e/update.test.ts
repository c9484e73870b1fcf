import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitForServiceWorker } from './browser';
import { useBrowser, useOwnServer } from './setup';

const NEXT = 'build-next';

beforeAll(async () => {
	// The next version of the app, as a deploy would publish it: same code, a new version name. A production
	// build, though the test runner's own NODE_ENV is 'test'.
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, NODE_ENV: 'production', BETWEEN_OUT: NEXT, BETWEEN_VERSION: 'next-version' },
		stdio: 'ignore'
	});
});
afterAll(() => rmSync(NEXT, { recursive: true, force: true }));
const server = useOwnServer();
const { profile } = useBrowser();

describe('updating while a form is half-filled', () => {
	test('the new version waits for "Update now", then reloads with the draft intact', async () => {
		const context = await profile();
		const page = await context.newPage();
		const base = server.base;
		await page.goto(`${base}/help`);
		await waitForServiceWorker(page);
		await page.getByRole('button', { name: 'Add someone' }).click();
		await page.getByLabel('Name').fill('Half');

		// Deploy the new version on the same address; the open tab notices when it checks.
		await server.replace(NEXT);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await page.getByRole('button', { name: 'Update now' }).waitFor();

		// Nothing reloaded by itself: the person keeps typing, then says yes straight away.
		await page.getByLabel('Name').pressSequentially(' typed');
		expect(await page.getByLabel('Name').inputValue()).toBe('Half typed');
		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Update now' }).click();
		await reloaded;

		await page.getByText('We kept what you were typing.').waitFor();
		expect(await page.getByLabel('Name').inputValue()).toBe('Half typed');
		await page.goto(`${base}/more`);
		await page.getByText('Version next-version').waitFor();
		expect(await page.getByRole('button', { name: 'Update now' }).count()).toBe(0);
		await context.close();
	});
});
