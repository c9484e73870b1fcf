import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createAppServer } from '../../scripts/serve.js';
import { chromiumPath } from './chromium.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves the production build once for every end-to-end file; fails loudly when Chromium or the build is missing. */
export default async function setup(project: TestProject) {
	chromiumPath();
	if (!existsSync('build/200.html'))
		throw new Error('No production build: run `npm run test:e2e`, which builds first.');
	const server = createAppServer('build');
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	project.provide('baseUrl', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
