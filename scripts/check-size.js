// Part of `npm run check`: fails when the JS to first render of the check-in screen or Help now outgrows its
// budget (DESIGN.md: at most 60 KiB gzip each). It measures the last build only when that build marked itself a production
// build and is newer than the sources (scripts/production-mark.js); otherwise it makes its own: a build left by a
// test under NODE_ENV=test is bigger than what ships. Sizes are gzip level 9 of the built files, so every run agrees.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { budgets } from '../bench/budgets.js';
import { firstLoad } from './first-load.js';
import { hasFreshProductionBuild } from './production-mark.js';

export const ROUTES = ['/check-in', '/help'];
export const BUDGET_BYTES = (budgets.checkInFirstLoadJs?.max ?? 60) * 1024;

const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * The verdict on a first load (from first-load.js) against a budget in bytes, and the message that says it:
 * over budget, it names the biggest JS files so the cause is easy to find.
 * @param {{ route: string, js: number, sizes: { file: string, name?: string, gzip: number }[] }} load
 * @param {number} budget @param {number} [top]
 */
export function judgeFirstLoad(load, budget, top = 5) {
	const summary = `${load.route} loads ${kib(load.js)} of JS (gzip) before its first render; the budget is ${kib(budget)} (DESIGN.md).`;
	if (load.js <= budget) return { ok: true, message: `Size budget: ${summary}` };
	const biggest = load.sizes
		.filter((size) => size.file.endsWith('.js'))
		.sort((a, b) => b.gzip - a.gzip)
		.slice(0, top)
		.map(
			(size) => `  ${kib(size.gzip).padStart(9)}  ${size.file}${size.name ? ` (chunk "${size.name}")` : ''}`
		);
	return {
		ok: false,
		message: [
			`Over the size budget by ${kib(load.js - budget)}: ${summary}`,
			'The biggest files:',
			...biggest,
			'Keep validators, charts, PDF and crypto code out of the render path: load them with import() where used.'
		].join('\n')
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	if (hasFreshProductionBuild()) console.log('Size budget: measuring the production build just made.');
	else console.log('Size budget: a production build first...');
	if (!hasFreshProductionBuild())
		try {
			execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
				stdio: 'pipe',
				env: { ...process.env, NODE_ENV: 'production' }
			});
		} catch (error) {
			const { stdout = '', stderr = '' } = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (error);
			console.error(`${stdout}${stderr}\nSize budget: the build failed (above).`);
			process.exit(1);
		}
	for (const route of ROUTES) {
		const { ok, message } = judgeFirstLoad(firstLoad(route), BUDGET_BYTES);
		if (ok) console.log(message);
		else {
			console.error(message);
			process.exitCode = 1;
		}
	}
}
