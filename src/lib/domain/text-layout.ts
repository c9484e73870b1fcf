// Laying out lines of text for an image the app draws itself (the safety plan as a picture to send, or as a
// phone wallpaper). Pure: the caller passes how wide a piece of text is in each style, so tests need no canvas.

export type TextStyle = 'title' | 'heading' | 'line' | 'strong' | 'note';

export interface StyleMetrics {
	/** Font size in pixels. */
	size: number;
	/** Distance from one line's top to the next. */
	lineHeight: number;
	/** Space above a block in this style (not above the first block). */
	before: number;
}

export interface Block {
	style: TextStyle;
	text: string;
	/** Blocks with the same group are kept together: a heading is never left without its first line. */
	group?: number;
	/** A list item: drawn after a bullet, with wrapped lines lined up under its text. */
	bullet?: boolean;
}

export const BULLET = '•';

export interface DrawText {
	style: TextStyle;
	text: string;
	x: number;
	/** Top of the line box. */
	y: number;
}

export interface LayoutOptions {
	width: number;
	/** Fixed height (a wallpaper); without it the image grows to fit everything. */
	height?: number;
	padding: number;
	/** Space kept clear at the top and bottom, as a lock screen's clock and controls need. */
	top?: number;
	bottom?: number;
	styles: Record<TextStyle, StyleMetrics>;
	/** Shown at the end when not everything fitted (a fixed height only). */
	overflowNote?: string;
}

export interface Layout {
	width: number;
	height: number;
	texts: DrawText[];
	/** True when some blocks did not fit. */
	truncated: boolean;
}

export type Measure = (text: string, style: TextStyle) => number;

/** Breaks `text` into lines no wider than `maxWidth`, at spaces, and inside a word only when the word alone is too wide. */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let current = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = current ? `${current} ${word}` : word;
			if (measure(candidate) <= maxWidth) {
				current = candidate;
				continue;
			}
			if (current) lines.push(current);
			// A word wider than the line (a long URL, a run of emoji) is broken by characters.
			let rest = word;
			while (measure(rest) > maxWidth) {
				const chars = [...rest];
				let take = 1;
				while (take < chars.length && measure(chars.slice(0, take + 1).join('')) <= maxWidth) take++;
				lines.push(chars.slice(0, take).join(''));
				rest = chars.slice(take).join('');
			}
			current = rest;
		}
		if (current) lines.push(current);
	}
	return lines;
}

/** Positions every block's wrapped lines top to bottom; with a fixed height, stops at whole groups that fit. */
export function layoutText(blocks: readonly Block[], options: LayoutOptions, measure: Measure): Layout {
	const { width, padding, styles } = options;
	const maxWidth = width - 2 * padding;
	const top = options.top ?? padding;
	const bottom = options.bottom ?? padding;
	const limit = options.height === undefined ? Infinity : options.height - bottom;

	const noteLines = options.overflowNote
		? wrapText(options.overflowNote, maxWidth, (t) => measure(t, 'note'))
		: [];
	const noteHeight = styles.note.before + noteLines.length * styles.note.lineHeight;

	const placed: { group: number | undefined; texts: DrawText[]; end: number }[] = [];
	let y = top;
	let truncated = false;
	for (const block of blocks) {
		const style = styles[block.style];
		const indent = block.bullet ? measure(`${BULLET}  `, block.style) : 0;
		const lines = wrapText(block.text, maxWidth - indent, (t) => measure(t, block.style));
		const start = placed.length ? y + style.before : y;
		const end = start + lines.length * style.lineHeight;
		// Room must remain for the note saying that more is in the app, in case a later block is left out.
		if (end > limit - (Number.isFinite(limit) ? noteHeight : 0)) {
			truncated = true;
			break;
		}
		const texts = lines.map((text, i) => ({
			style: block.style,
			text,
			x: padding + indent,
			y: start + i * style.lineHeight
		}));
		if (block.bullet) texts.unshift({ style: block.style, text: BULLET, x: padding, y: start });
		placed.push({ group: block.group, texts, end });
		y = end;
	}
	if (truncated) {
		// A group cut short keeps what fitted, unless only its heading did.
		const last = placed.at(-1);
		if (last && last.group !== undefined && placed.filter((p) => p.group === last.group).length === 1) {
			const cutGroup = blocks.filter((b) => b.group === last.group).length > 1;
			if (cutGroup) placed.pop();
		}
	}
	const texts = placed.flatMap((p) => p.texts);
	let end = placed.at(-1)?.end ?? top;
	if (truncated && noteLines.length) {
		const start = end + styles.note.before;
		noteLines.forEach((text, i) =>
			texts.push({ style: 'note', text, x: padding, y: start + i * styles.note.lineHeight })
		);
		end = start + noteLines.length * styles.note.lineHeight;
	}
	return { width, height: options.height ?? Math.ceil(end + bottom), texts, truncated };
}
