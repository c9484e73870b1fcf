// Builds what the benchmark serves, each into its own git-ignored folder, so it never touches build/:
// the app (build-bench), the bare SvelteKit page that is the floor for bytes (build-bench-bare), and the
// bench page's script that seeds data through the app's own database module (build-bench-tools).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';

export const APP_OUT = 'build-bench';
export const BARE_OUT = 'build-bench-bare';
export const TOOLS_OUT = 'build-bench-tools';

const VITE = resolve('node_modules/vite/bin/vite.js');

/** Runs `vite build` in `cwd`; its output is shown only if it fails. */
/** @param {string} cwd @param {Record<string, string>} env */
function viteBuild(cwd, env = {}) {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [VITE, 'build'], { cwd, env: { ...process.env, ...env } });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => {
			if (code === 0) done(undefined);
			else fail(new Error(`vite build in ${cwd} failed:\n${output}`));
		});
	});
}

export const buildApp = () => viteBuild('.', { BETWEEN_OUT: APP_OUT });

export const buildBare = () => viteBuild('bench/bare');

/** The bench page's script: one IIFE that exposes `betweenBench` (bench/browser/bench-page.ts). */
export async function buildTools() {
	await build({
		configFile: false,
		logLevel: 'warn',
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			outDir: TOOLS_OUT,
			emptyOutDir: true,
			minify: true,
			lib: {
				entry: resolve('bench/browser/bench-page.ts'),
				formats: ['iife'],
				name: 'betweenBenchPage',
				fileName: () => 'bench-page.js'
			}
		}
	});
}
