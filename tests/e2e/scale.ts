import type { Locator, Page } from 'playwright-core';

/**
 * Taps a 0–10 scale (ui/ScaleSlider.svelte) where `value` sits, as a thumb would: one tap. The thumb's centre runs
 * from half its width (22px) at 0 to the same distance from the end at 10.
 */
export async function tapScale(page: Page, slider: Locator, value: number) {
	const box = (await slider.boundingBox())!;
	await page.mouse.click(box.x + 22 + ((box.width - 44) * value) / 10, box.y + box.height / 2);
}
