// Screenshots of the main screens at phone and desktop size, light and dark, for looking at by eye.
// Usage: node scripts/screenshots.js [baseUrl] [outDir] [paths...] [--sample-years N]
// (serve the build first: npm start). --sample-years fills the database with N years of realistic sample data
// (src/lib/sample/sample-data.ts) before the first screenshot.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from '../tests/e2e/chromium.js';
import { SCREENS } from '../tests/e2e/screens.js';

const argv = process.argv.slice(2);
const sampleAt = argv.indexOf('--sample-years');
const sampleYears = sampleAt >= 0 ? Number(argv.splice(sampleAt, 2)[1]) : 0;
const [base = 'http://127.0.0.1:4173', out = 'tmp/screenshots', ...paths] = argv;
/** The bench page's script, run in the app's own page: it writes through the app's database module. */
let sampleScript = '';
if (sampleYears > 0) {
	const { buildTools, TOOLS_OUT } = await import('../bench/lib/build.js');
	await buildTools();
	sampleScript = readFileSync(`${TOOLS_OUT}/bench-page.js`, 'utf8');
}
const routes = paths.length ? paths : [...SCREENS, '/safety-plan'];
const sizes = {
	phone: { width: 390, height: 844 },
	small: { width: 320, height: 568 },
	desktop: { width: 1280, height: 800 }
};
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const [sizeName, viewport] of Object.entries(sizes)) {
	for (const colorScheme of ['light', 'dark']) {
		const context = await browser.newContext({
			viewport,
			colorScheme,
			deviceScaleFactor: 1,
			locale: 'en-GB'
		});
		const page = await context.newPage();
		if (sampleYears > 0) {
			const { seedSample } = await import('../bench/lib/datasets.js');
			await page.goto(base, { waitUntil: 'networkidle' });
			await page.evaluate(sampleScript);
			await seedSample(page, 'screenshots', sampleYears);
		}
		for (const route of routes) {
			await page.goto(base + route, { waitUntil: 'networkidle' });
			await page.waitForTimeout(200);
			const name = route === '/' ? 'today' : route.slice(1).replaceAll('/', '-');
			await page.screenshot({ path: `${out}/${name}-${sizeName}-${colorScheme}.png`, fullPage: true });
		}
		await context.close();
	}
}
await browser.close();
console.log(`Screenshots in ${out}/`);
