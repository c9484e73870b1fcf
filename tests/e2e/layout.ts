import type { Locator, Page } from 'playwright-core';

/** How many lines the text of `element` takes on screen. */
export const linesOf = (element: Locator) =>
	element.evaluate((node) => {
		const range = document.createRange();
		range.selectNodeContents(node);
		const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
		return tops.size;
	});

/** What does not fit: the page wider than the screen, and every visible control whose text is cut or overflows. */
export function misfits(page: Page) {
	return page.evaluate(() => {
		const found: string[] = [];
		const { scrollWidth } = document.documentElement;
		if (scrollWidth > innerWidth) {
			// Name the innermost elements that stick out, so a failure says where to look.
			const out = [...document.querySelectorAll<HTMLElement>('body *')].filter(
				(element) =>
					element.getBoundingClientRect().right > innerWidth + 0.5 &&
					![...element.children].some((child) => child.getBoundingClientRect().right > innerWidth + 0.5)
			);
			const names = out
				.slice(0, 3)
				.map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`);
			found.push(`page is ${scrollWidth}px wide on a ${innerWidth}px screen: ${names.join(', ')}`);
		}
		const controls = document.querySelectorAll<HTMLElement>(
			'button, [role="button"], a.button, input[type="submit"], select, [role="tab"]'
		);
		for (const control of controls) {
			const box = control.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40);
			if (box.left < -0.5 || box.right > innerWidth + 0.5)
				found.push(`"${name}" reaches ${Math.round(box.left)}..${Math.round(box.right)}px`);
			// Content wider or taller than its box is cut off (overflow hidden) or spills out of it.
			if (control.scrollWidth > control.clientWidth + 1 || control.scrollHeight > control.clientHeight + 1)
				found.push(
					`"${name}" holds ${control.scrollWidth}x${control.scrollHeight} in ${control.clientWidth}x${control.clientHeight}`
				);
		}
		return found;
	});
}
