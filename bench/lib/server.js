// The production server (scripts/serve.js) for a build, plus a bench page on the same origin under /__bench/,
// so the benchmark can seed the app's IndexedDB and time the floors where the app itself would run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppServer } from '../../scripts/serve.js';

const BENCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Between bench</title>
<script src="/__bench/bench-page.js"></script></head><body><h1>Bench page</h1></body></html>`;

/**
 * Serves `dir` as the app is served in production, and (with `tools`) the bench page under /__bench/.
 * Resolves with the server and its base URL on a free 127.0.0.1 port.
 * @param {string} dir @param {string} [tools]
 * @returns {Promise<{ server: import('node:http').Server, base: string }>}
 */
export async function serveBuild(dir, tools) {
	const server = createAppServer(dir);
	if (tools) {
		const script = readFileSync(join(tools, 'bench-page.js'));
		const [app] =
			/** @type {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void)[]} */ (
				server.listeners('request')
			);
		server.removeAllListeners('request');
		server.on('request', (req, res) => {
			if (req.url === '/__bench/') {
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.end(BENCH_PAGE);
			} else if (req.url === '/__bench/bench-page.js') {
				res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				res.end(script);
			} else app?.(req, res);
		});
	}
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return { server, base: `http://127.0.0.1:${port}` };
}

/** @param {import('node:http').Server} server */
export async function stopServer(server) {
	server.closeAllConnections();
	await new Promise((done) => server.close(() => done(undefined)));
}
