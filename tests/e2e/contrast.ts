// WCAG 2.2 contrast between two colours, for the non-text contrast test (1.4.11: a control's boundary at least 3:1
// against what is beside it). Colours come from getComputedStyle, as `rgb(r, g, b)` or `rgba(r, g, b, a)`.

export type Rgba = [number, number, number, number];

/** Parses a computed colour; throws on a form the test does not understand, rather than passing it. */
export function parseColor(css: string): Rgba {
	const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
	if (!match) throw new Error(`Not a computed rgb() colour: ${css}`);
	const [, r, g, b, a] = match;
	return [Number(r), Number(g), Number(b), a === undefined ? 1 : Number(a)];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
	const a = top[3];
	return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
	const channel = (value: number) => {
		const c = value / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}
