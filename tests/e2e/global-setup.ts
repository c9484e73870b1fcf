import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { portOf, serve, stop } from './server';
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
	const server = await serve('build');
	project.provide('baseUrl', `http://127.0.0.1:${portOf(server)}`);
	return () => stop(server);
}
