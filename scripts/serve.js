// The production server: serves the built app from build/ on 127.0.0.1, compressed, with the SPA fallback
// and, as a header, the Content-Security-Policy each page carries. Usage: node scripts/serve.js [dir] [port]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/**
 * The policy SvelteKit wrote into a page (with the hash of that page's own inline script: every prerendered
 * page has its own), plus header-only parts.
 * @param {string} file an HTML file of the build
 */
export function contentSecurityPolicy(file) {
	const html = readFileSync(file, 'utf8');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
	if (!meta) throw new Error(`No Content-Security-Policy meta tag in ${file}`);
	return `${(meta[1] ?? '').replaceAll('&#39;', "'")}; frame-ancestors 'none'`;
}

/** An http.Server serving `dir`; call .listen(). */
/** @param {string} [dir] */
export function createAppServer(dir = 'build') {
	const root = resolve(dir);
	// sirv lists the files once, at start: a new build needs a new server.
	// A page carries its own policy (a prerendered page's, or the SPA fallback's); other files the fallback's.
	const fallbackPolicy = contentSecurityPolicy(resolve(root, '200.html'));
	/** @type {Map<string, string>} */
	const policies = new Map();
	/** @param {string} pathname the request's path, as sirv resolves it to a file */
	const policyFor = (pathname) => {
		let policy = policies.get(pathname);
		if (policy) return policy;
		const page = [pathname, `${pathname}.html`, `${pathname.replace(/\/$/, '')}/index.html`]
			.filter((candidate) => candidate.endsWith('.html'))
			.map((candidate) => resolve(root, `.${candidate}`))
			.find((file) => file.startsWith(root) && existsSync(file));
		policy = page ? contentSecurityPolicy(page) : fallbackPolicy;
		policies.set(pathname, policy);
		return policy;
	};
	const assets = sirv(root, {
		single: '200.html',
		gzip: true,
		brotli: true,
		etag: true,
		setHeaders(res, pathname) {
			res.setHeader('Content-Security-Policy', policyFor(pathname));
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
