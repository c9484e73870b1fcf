// Screenshots of the main screens at phone and desktop size, light and dark, for looking at by eye.
// Usage: node scripts/screenshots.js [baseUrl] [outDir] [paths...]   (serve the build first: npm start)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from '../tests/e2e/chromium.js';

const [base = 'http://127.0.0.1:4173', out = 'tmp/screenshots', ...paths] = process.argv.slice(2);
const routes = paths.length
	? paths
	: ['/', '/help', '/more', '/skills', '/homework', '/progress', '/check-in'];
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
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
