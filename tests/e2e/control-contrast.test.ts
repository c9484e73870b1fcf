import { describe, expect, test } from 'vitest';
import { useBrowser } from './setup';
import type { Page } from 'playwright-core';
import { contrast, over, parseColor, type Rgba } from './contrast';

// WCAG 2.2, 1.4.11 (non-text contrast), which axe does not check: the edge of every control a person acts on, and
// its focused and selected states, at least 3:1 against what is beside it, in both themes, measured from the styles
// the page renders.

const { base, phonePage } = useBrowser();

/** The routes with every kind of control: fields, scales, chips, answers, choices and secondary buttons. */
const ROUTES = [
	'/check-in',
	'/measures/phq9',
	'/more',
	'/skills/breathing',
	'/safety-plan',
	'/check-in/manage'
];

/** Controls whose edge is their boundary: fields, chips, answer rows, choice pills, scale points, quiet buttons. */
const CONTROLS =
	'input:not([type=range], [type=checkbox], [type=radio]), select, textarea, .button.secondary, .option, .pill, .answer, .point';

type Edge = { what: string; edge: string; beside: string[] };

/** Each visible control's edge colour and the backgrounds behind it, innermost first (to be painted together). */
function edges(page: Page): Promise<Edge[]> {
	return page.evaluate((selector) => {
		const backgrounds = (element: Element): string[] => {
			const out: string[] = [];
			for (let at = element.parentElement; at; at = at.parentElement) {
				const colour = getComputedStyle(at).backgroundColor;
				if (colour !== 'rgba(0, 0, 0, 0)') out.push(colour);
			}
			return out;
		};
		const describe = (element: Element) =>
			`${element.querySelector('input:checked') ? '[chosen] ' : ''}${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
		const found: Edge[] = [];
		for (const element of document.querySelectorAll(selector)) {
			const style = getComputedStyle(element);
			if (!(element as HTMLElement).offsetParent || parseFloat(style.borderTopWidth) === 0) continue;
			found.push({ what: describe(element), edge: style.borderTopColor, beside: backgrounds(element) });
		}
		// A slider's edge is its track's border, set by a rule on the track pseudo-element that getComputedStyle
		// cannot reach: the rule's colour is applied to a probe in the slider's place and read back.
		const trackRule = [...document.styleSheets]
			.flatMap((sheet) => [...sheet.cssRules])
			.find(
				(rule): rule is CSSStyleRule =>
					rule instanceof CSSStyleRule && rule.selectorText.includes('::-webkit-slider-runnable-track')
			);
		for (const slider of document.querySelectorAll('input[type=range]')) {
			if (!trackRule) throw new Error('No slider track rule found');
			const probe = document.createElement('span');
			probe.style.borderColor = trackRule.style.borderColor;
			slider.after(probe);
			found.push({
				what: `slider track #${slider.id}`,
				edge: getComputedStyle(probe).borderTopColor,
				beside: backgrounds(slider)
			});
			probe.remove();
		}
		return found;
	}, CONTROLS);
}

/** The colour seen behind a control: its backgrounds painted from the page's outwards in. */
function seenBehind(beside: string[]): Rgba {
	return beside.reduceRight<Rgba>((under, colour) => over(parseColor(colour), under), [255, 255, 255, 1]);
}

const below = (found: Edge[]) =>
	found
		.map(({ what, edge, beside }) => ({
			what,
			ratio: contrast(over(parseColor(edge), seenBehind(beside)), seenBehind(beside))
		}))
		.filter(({ ratio }) => ratio < 3)
		.map(({ what, ratio }) => `${what}: ${ratio.toFixed(2)}:1`);

describe('every control can be seen', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`control edges, a focused field and a chosen answer are at least 3:1 (${colorScheme})`, async () => {
			const { page, context } = await phonePage({ colorScheme });
			const weak: string[] = [];
			let measured = 0;
			let chosen = 0;
			for (const route of ROUTES) {
				await page.goto(`${base}${route}`);
				await page.locator(CONTROLS).first().waitFor();
				const found = await edges(page);
				measured += found.length;
				chosen += found.filter(({ what }) => what.startsWith('[chosen]')).length;
				weak.push(...below(found).map((line) => `${route} ${line}`));
			}
			expect(measured).toBeGreaterThan(20);

			// States: a chosen choice (the theme on /more starts chosen) and a field with focus.
			expect(chosen).toBeGreaterThan(0);
			await page.goto(`${base}/check-in`);
			const note = page.getByRole('textbox').first();
			await note.focus();
			const ring = await note.evaluate((element) => {
				const behind: string[] = [];
				for (let at = element.parentElement; at; at = at.parentElement) {
					const colour = getComputedStyle(at).backgroundColor;
					if (colour !== 'rgba(0, 0, 0, 0)') behind.push(colour);
				}
				return {
					edge: getComputedStyle(element).outlineColor,
					beside: behind,
					style: getComputedStyle(element).outlineStyle
				};
			});
			expect(ring.style).not.toBe('none');
			weak.push(...below([{ what: 'focus ring', ...ring }]));

			expect(weak).toEqual([]);
			await context.close();
		});
	}
});
