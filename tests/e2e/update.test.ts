import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { portOf, serve, stop } from './server';
import { launchProfile, waitForServiceWorker } from './browser';

const NEXT = 'build-next';
let server: Server;
let port: number;

beforeAll(async () => {
	// The next version of the app, as a deploy would publish it: same code, a new version name. A production
	// build, though the test runner's own NODE_ENV is 'test'.
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, NODE_ENV: 'production', BETWEEN_OUT: NEXT, BETWEEN_VERSION: 'next-version' },
		stdio: 'ignore'
	});
	server = await serve('build');
	port = portOf(server);
});
afterAll(async () => {
	await stop(server);
	rmSync(NEXT, { recursive: true, force: true });
});

describe('updating while a form is half-filled', () => {
	test('the new version waits for "Update now", then reloads with the draft intact', async () => {
		const context = await launchProfile();
		const page = await context.newPage();
		const base = `http://127.0.0.1:${port}`;
		await page.goto(`${base}/help`);
		await waitForServiceWorker(page);
		await page.getByRole('button', { name: 'Add someone' }).click();
		await page.getByLabel('Name').fill('Half');

		// Deploy the new version on the same address; the open tab notices when it checks.
		await stop(server);
		server = await serve(NEXT, port);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await page.getByRole('button', { name: 'Update now' }).waitFor({ timeout: 30_000 });

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
