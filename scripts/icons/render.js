// Renders the SVG sources in this folder to the PNG icons the manifest names, with Debian's Chromium.
// Run by hand after changing an icon: node scripts/icons/render.js
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (f) => fileURLToPath(new URL(f, import.meta.url));
const out = (f) => fileURLToPath(new URL(`../../static/icons/${f}`, import.meta.url));
const jobs = [
	['icon.svg', 'icon-192.png', 192],
	['icon.svg', 'icon-512.png', 512],
	['maskable.svg', 'maskable-512.png', 512],
	['check-in.svg', 'shortcut-check-in.png', 96],
	['help.svg', 'shortcut-help.png', 96],
	['icon.svg', 'apple-touch-icon.png', 180]
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const [src, dest, size] of jobs) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const svg = readFileSync(here(src), 'utf8');
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: out(dest), omitBackground: true });
	await page.close();
}
await browser.close();
