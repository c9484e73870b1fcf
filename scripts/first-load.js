// What a browser downloads before the first render of a route: the SvelteKit entry, the root layout and the
// route's page, with every module they import statically, and their CSS. Sizes are gzip (level 9), as served.
// Read from the production build's Vite manifest, so it needs `vite build` first; no browser involved.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const KIT = '.svelte-kit';
const CLIENT = join(KIT, 'output/client');

/**
 * Route id without its groups ("/check-in", "/measures/results/[id]") -> the node indexes SvelteKit loads for it.
 * @returns {Record<string, number[]>}
 */
export function routeNodes(root = '.') {
	const app = readFileSync(join(root, KIT, 'generated/client-optimized/app.js'), 'utf8');
	const block = /export const dictionary = \{([\s\S]*?)\n\t\};/.exec(app)?.[1] ?? '';
	/** @type {Record<string, number[]>} */
	const routes = {};
	// Each entry is [page, [layouts...], [errors...]?]; only the node numbers matter here.
	for (const [, id = '', nodes = ''] of block.matchAll(/"([^"]+)": \[(.*)\],?$/gm)) {
		const list = nodes
			.split(',')
			.map((n) => n.replace(/[[\]~\s]/g, ''))
			.filter(Boolean)
			.map((n) => Math.abs(Number(n)));
		// Node 0 is the root layout, node 1 the root error page: the client imports both at start.
		// Keyed by the route as a path: route groups such as (client) do not appear in a URL.
		routes[id.replace(/\/\([^)]+\)/g, '') || '/'] = [...new Set([0, 1, ...list])];
	}
	return routes;
}

/**
 * @typedef {{ file: string, name?: string, css?: string[], imports?: string[] }} Chunk
 * @typedef {{ file: string, name?: string, gzip: number }} FileSize
 */

/**
 * Gzip bytes of the JS and CSS fetched before `route` first renders, the files counted and each one's size.
 * @param {string} route @param {string} [root]
 * @returns {{ route: string, js: number, css: number, files: string[], sizes: FileSize[] }}
 */
export function firstLoad(route, root = '.') {
	/** @type {Record<string, Chunk>} */
	const manifest = JSON.parse(readFileSync(join(root, CLIENT, '.vite/manifest.json'), 'utf8'));
	const nodes = routeNodes(root)[route];
	if (!nodes)
		throw new Error(`No route ${route} in the build. Routes: ${Object.keys(routeNodes(root)).join(', ')}`);
	// Kit's client entry, keyed by its path from the project (or wherever node_modules really is).
	const start = Object.keys(manifest).find((key) =>
		key.endsWith('@sveltejs/kit/src/runtime/client/entry.js')
	);
	const entries = [
		start ?? 'the SvelteKit client entry',
		`${KIT}/generated/client-optimized/app.js`,
		...nodes.map((n) => `${KIT}/generated/client-optimized/nodes/${n}.js`)
	];
	/** @type {Set<string>} */
	const js = new Set();
	/** @type {Set<string>} */
	const css = new Set();
	/** The chunk's name in the build (its first module), to say what a file holds. */
	/** @type {Map<string, string | undefined>} */
	const names = new Map();
	/** @param {string} key */
	const visit = (key) => {
		const chunk = manifest[key];
		if (!chunk || js.has(chunk.file)) return;
		js.add(chunk.file);
		names.set(chunk.file, chunk.name);
		for (const file of chunk.css ?? []) css.add(file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const key of entries) {
		if (!manifest[key]) throw new Error(`The build has no ${key}; run vite build first.`);
		visit(key);
	}
	const gzip = (/** @type {string} */ file) =>
		gzipSync(readFileSync(join(root, CLIENT, file)), { level: 9 }).length;
	const sizes = [...js, ...css].map((file) => ({ file, name: names.get(file), gzip: gzip(file) }));
	const sum = (/** @type {Set<string>} */ files) =>
		sizes.filter((s) => files.has(s.file)).reduce((total, s) => total + s.gzip, 0);
	return { route, js: sum(js), css: sum(css), files: [...js, ...css], sizes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const routes = process.argv.slice(2);
	for (const route of routes.length ? routes : Object.keys(routeNodes())) {
		const { js, css } = firstLoad(route);
		console.log(
			`${route.padEnd(28)} JS ${(js / 1024).toFixed(1).padStart(6)} KiB   CSS ${(css / 1024).toFixed(1).padStart(5)} KiB`
		);
	}
}
