// The production server: serves the built app from build/ on 127.0.0.1, compressed, with the SPA fallback
// and the same Content-Security-Policy the pages carry, as a header. Usage: node scripts/serve.js [dir] [port]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/** The policy SvelteKit wrote into the fallback page (with the hash of its inline script), plus header-only parts. */
/** @param {string} dir */
export function contentSecurityPolicy(dir) {
	const html = readFileSync(resolve(dir, '200.html'), 'utf8');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
	if (!meta) throw new Error(`No Content-Security-Policy meta tag in ${dir}/200.html`);
	return `${(meta[1] ?? '').replaceAll('&#39;', "'")}; frame-ancestors 'none'`;
}

/** An http.Server serving `dir`; call .listen(). */
/** @param {string} [dir] */
export function createAppServer(dir = 'build') {
	const root = resolve(dir);
	// sirv lists the files once, at start: a new build needs a new server.
	const csp = contentSecurityPolicy(root);
	const assets = sirv(root, {
		single: '200.html',
		gzip: true,
		brotli: true,
		etag: true,
		setHeaders(res, pathname) {
			res.setHeader('Content-Security-Policy', csp);
			res.setHeader('X-Content-Type-Options', 'nosniff');
			res.setHeader('Referrer-Policy', 'no-referrer');
			res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
			res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
			// Hashed files never change; everything else is revalidated so updates are found.
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});
	return createServer((req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2] ?? 'build';
	const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
	const server = createAppServer(dir);
	server.listen(port, '127.0.0.1', () => {
		const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
		console.log(`Between is running at http://127.0.0.1:${actual}/ (Ctrl+C to stop)`);
	});
}
