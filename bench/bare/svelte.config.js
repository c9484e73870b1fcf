// The floor for bytes: the smallest SvelteKit single-page app built the way Between is (adapter-static with a
// fallback page, no server rendering, the same Content-Security-Policy). Whatever Between sends beyond this is
// its own weight. Built by the benchmark into build-bench-bare/.
import adapter from '@sveltejs/adapter-static';
import app from '../../svelte.config.js';

const out = '../../build-bench-bare';

/** @type {import('@sveltejs/kit').Config} */
export default {
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '200.html', precompress: true }),
		csp: app.kit?.csp
	}
};
