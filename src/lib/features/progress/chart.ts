import type { Chart, ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';

// Every chart on Progress is this attachment on a canvas: it loads chart.js (only screens that draw do), draws
// what `build` describes in the theme's colours, draws again when the data it read or the theme changes, and
// destroys the chart with the canvas. Charts take data, not queries, so the therapist's review page can draw the
// same ones from a shared file.

/** The theme's colours, resolved for the canvas (which cannot read custom properties). */
export interface Palette {
	line: string;
	soft: string;
	text: string;
	grid: string;
	help: string;
	surface: string;
	/** One colour per stacked series, told apart by pattern as well (`fillFor`). */
	series: string[];
}

/** What a chart draws, and what the canvas says of it afterwards (data-points: the bins drawn with data). */
export interface Drawing {
	config: ChartConfiguration;
	points: number;
	days?: string[];
}

const COLOURS = {
	line: '--primary',
	soft: '--primary-soft',
	text: '--muted',
	grid: '--border',
	help: '--help',
	surface: '--surface',
	focus: '--focus',
	strong: '--primary-strong'
} as const;

/**
 * The theme's colours as the canvas needs them, read once per theme: every probe is put in before any is read,
 * so the page's style is worked out once, not once per colour and chart.
 */
function readPalette(host: HTMLElement): Palette {
	const probes = Object.entries(COLOURS).map(([name, property]) => {
		const probe = document.createElement('span');
		probe.style.color = `var(${property})`;
		host.append(probe);
		return [name, probe] as const;
	});
	const ink = Object.fromEntries(
		probes.map(([name, probe]) => [name, getComputedStyle(probe).color])
	) as Record<keyof typeof COLOURS, string>;
	for (const [, probe] of probes) probe.remove();
	const { line, soft, text, grid, help, surface, focus, strong } = ink;
	return { line, soft, text, grid, help, surface, series: [line, focus, help, text, strong, focus, help] };
}

let cached: { theme: string; palette: Palette } | undefined;

/** The palette for the theme on screen now (the app's choice, else the system's scheme). */
function paletteOf(host: HTMLElement): Palette {
	const theme = `${document.documentElement.dataset.theme ?? 'system'} ${matchMedia('(prefers-color-scheme: dark)').matches}`;
	if (cached?.theme !== theme) cached = { theme, palette: readPalette(host) };
	return cached.palette;
}

/** The app's motion setting, else the system's: no animation when either asks for less. */
export const reducedMotion = (): boolean =>
	document.documentElement.dataset.motion === 'reduce' ||
	(document.documentElement.dataset.motion !== 'full' &&
		matchMedia('(prefers-reduced-motion: reduce)').matches);

const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'grid'] as const;

/**
 * The fill of the `index`th stacked series: its colour and, after the first, a pattern of it on the surface
 * colour (stripes, dots, crosses...), so series stay apart in greyscale, for colour blindness, and in print.
 */
export function fillFor(palette: Palette, index: number): string | CanvasPattern {
	const ink = palette.series[index % palette.series.length]!;
	const kind = PATTERNS[index % PATTERNS.length]!;
	if (kind === 'solid') return ink;
	const tile = document.createElement('canvas');
	tile.width = tile.height = 8;
	const pen = tile.getContext('2d');
	if (!pen) return ink;
	pen.fillStyle = palette.surface;
	pen.fillRect(0, 0, 8, 8);
	pen.strokeStyle = pen.fillStyle = ink;
	pen.lineWidth = 2;
	pen.beginPath();
	if (kind === 'diagonal') {
		pen.moveTo(0, 8);
		pen.lineTo(8, 0);
		pen.moveTo(-2, 2);
		pen.lineTo(2, -2);
		pen.moveTo(6, 10);
		pen.lineTo(10, 6);
	} else if (kind === 'dots') {
		pen.arc(4, 4, 2, 0, Math.PI * 2);
		pen.fill();
	} else if (kind === 'cross') {
		pen.moveTo(0, 0);
		pen.lineTo(8, 8);
		pen.moveTo(8, 0);
		pen.lineTo(0, 8);
	} else if (kind === 'horizontal') {
		pen.moveTo(0, 4);
		pen.lineTo(8, 4);
	} else if (kind === 'vertical') {
		pen.moveTo(4, 0);
		pen.lineTo(4, 8);
	} else {
		pen.moveTo(0, 4);
		pen.lineTo(8, 4);
		pen.moveTo(4, 0);
		pen.lineTo(4, 8);
	}
	pen.stroke();
	return pen.createPattern(tile, 'repeat') ?? ink;
}

/**
 * The chart `build` describes, as an attachment for a canvas. `build` runs at once, so the data it reads is
 * tracked and new data draws the chart again; a change of theme (the app's or the system's) draws it again in the
 * new colours.
 */
export function chart(build: (palette: Palette) => Drawing): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const host = canvas.parentElement ?? canvas;
		let palette = paletteOf(host);
		let drawing = build(palette);
		let instance: Chart | undefined;
		let Runtime: typeof Chart | undefined;
		let stopped = false;
		const draw = () => {
			if (!Runtime) return;
			instance?.destroy();
			instance = new Runtime(canvas, drawing.config);
			canvas.dataset.points = String(drawing.points);
			if (drawing.days) canvas.dataset.days = drawing.days.join(' ');
			canvas.dataset.line = palette.line;
		};
		void import('./chart-runtime').then(({ Chart }) => {
			if (stopped) return;
			Runtime = Chart;
			draw();
		});
		const again = () => {
			palette = paletteOf(host);
			drawing = untrack(() => build(palette));
			draw();
		};
		const themes = new MutationObserver(again);
		themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		const scheme = matchMedia('(prefers-color-scheme: dark)');
		scheme.addEventListener('change', again);
		return () => {
			stopped = true;
			themes.disconnect();
			scheme.removeEventListener('change', again);
			instance?.destroy();
		};
	};
}

/** The axes every chart shares: the theme's colours, a few ticks, nothing rotated. */
export function axes(palette: Palette, yMax: number, stacked = false): ChartConfiguration['options'] {
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: reducedMotion() ? false : { duration: 300 },
		scales: {
			y: {
				min: 0,
				...(yMax > 0 ? { max: yMax, ticks: { stepSize: yMax / 5, color: palette.text } } : {}),
				...(stacked ? { stacked: true, ticks: { precision: 0, color: palette.text } } : {}),
				grid: { color: palette.grid }
			},
			x: {
				stacked,
				ticks: { color: palette.text, maxRotation: 0, autoSkip: true, maxTicksLimit: 6 },
				grid: { display: false }
			}
		}
	};
}
