import type { Contact } from '$lib/domain/contact';
import type { CrisisLine } from '$lib/domain/crisis-lines';
import {
	isContactStep,
	PLAN_STEPS,
	type ContactStep,
	type PlanSection,
	type SafetyPlan
} from '$lib/domain/safety-plan';
import { layoutText, type Block, type LayoutOptions, type TextStyle } from '$lib/domain/text-layout';
import { mHelp } from '$lib/i18n/help-now';
import { mPlan } from '$lib/i18n/safety-plan';

// The plan drawn as a PNG on a canvas, with no library and nothing fetched: fonts are the phone's own.

export type ImageKind = 'plan' | 'wallpaper';

export interface ImageInput {
	plan: SafetyPlan;
	contacts: readonly Contact[];
	/** The crisis lines for the client's country (the lines of every country when it is not known). */
	crisisLines: readonly CrisisLine[];
	footer?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

interface Palette {
	background: string;
	colors: Record<TextStyle, string>;
}

/** The app's light colours for a page to send; its dark ones for a lock screen, which is read in the dark. */
const PALETTES: Record<ImageKind, Palette> = {
	plan: {
		background: '#f6f4ef',
		colors: { title: '#1e2528', heading: '#215853', line: '#1e2528', strong: '#a3372f', note: '#4f5b5f' }
	},
	wallpaper: {
		background: '#121719',
		colors: { title: '#e8ecea', heading: '#9ad6cc', line: '#e8ecea', strong: '#f2a096', note: '#aab6b4' }
	}
};

const WEIGHTS: Record<TextStyle, number> = { title: 700, heading: 700, line: 450, strong: 700, note: 450 };

/** Sizes for a 1080-pixel-wide image, about three times a phone's CSS pixels. */
const OPTIONS: Record<ImageKind, Omit<LayoutOptions, 'overflowNote'>> = {
	plan: {
		width: 1080,
		padding: 72,
		styles: {
			title: { size: 64, lineHeight: 80, before: 0 },
			heading: { size: 40, lineHeight: 54, before: 44 },
			line: { size: 36, lineHeight: 50, before: 8 },
			strong: { size: 38, lineHeight: 52, before: 8 },
			note: { size: 28, lineHeight: 40, before: 48 }
		}
	},
	// 1080 x 2340 (19.5:9) fits most phones; the top is left clear for the lock screen's clock.
	wallpaper: {
		width: 1080,
		height: 2340,
		padding: 88,
		top: 760,
		bottom: 260,
		styles: {
			title: { size: 56, lineHeight: 72, before: 0 },
			heading: { size: 40, lineHeight: 54, before: 40 },
			line: { size: 40, lineHeight: 54, before: 6 },
			strong: { size: 44, lineHeight: 60, before: 16 },
			note: { size: 30, lineHeight: 42, before: 36 }
		}
	}
};

const lineName = (line: CrisisLine) => line.name ?? mPlan.share.crisisLineTitle;
/** "116 123", or for a text service what to send where: "Text SHOUT to 85258". */
const lineNumber = (line: CrisisLine) =>
	line.call ??
	(line.text?.body ? mHelp.textWord(line.text.body, line.text.to) : mHelp.textTo(line.text?.to ?? ''));

function sectionBlocks(
	input: ImageInput,
	section: PlanSection,
	heading: string,
	group: number,
	withCrisisLines: boolean
): Block[] {
	const { plan, contacts } = input;
	const byId = new Map(contacts.map((c) => [c.id, c]));
	const lines = plan.sections[section];
	const people = isContactStep(section)
		? plan.contacts[section as ContactStep]
				.map((id) => byId.get(id))
				.filter((c): c is Contact => c !== undefined)
				.map((c) => `${c.name}  ${c.phone}`)
		: [];
	const crisis = withCrisisLines
		? input.crisisLines.filter((l) => l.kind === 'crisis').map((l) => `${lineName(l)}  ${lineNumber(l)}`)
		: [];
	const items = [...lines, ...people, ...crisis];
	if (items.length === 0) return [];
	return [
		{ style: 'heading', text: heading, group },
		...items.map((text): Block => ({ style: 'line', text, group, bullet: true }))
	];
}

/** What the image says: the whole plan in order, or for a wallpaper the few things to reach for first. */
export function imageBlocks(kind: ImageKind, input: ImageInput): Block[] {
	const title: Block = { style: 'title', text: mPlan.share.imageTitle };
	if (kind === 'plan') {
		const steps = PLAN_STEPS.flatMap((section, i) =>
			sectionBlocks(
				input,
				section,
				`${i + 1}. ${mPlan.sections[section].title}`,
				i,
				section === 'professionals'
			)
		);
		const reasons = sectionBlocks(
			input,
			'reasonsForLiving',
			mPlan.sections.reasonsForLiving.title,
			PLAN_STEPS.length,
			false
		);
		const footer: Block[] = input.footer ? [{ style: 'note', text: input.footer }] : [];
		return [title, ...steps, ...reasons, ...footer];
	}
	// The crisis line comes first so that it is never the part left out.
	const crisis: Block[] = input.crisisLines
		.filter((l) => l.kind === 'crisis')
		.map((l) => ({ style: 'strong', text: `${lineName(l)}  ${lineNumber(l)}` }));
	return [
		title,
		...crisis,
		...sectionBlocks(input, 'reasonsForLiving', mPlan.sections.reasonsForLiving.title, 10, false),
		...sectionBlocks(input, 'copingStrategies', mPlan.sections.copingStrategies.title, 11, false),
		...sectionBlocks(input, 'helpers', mPlan.sections.helpers.title, 12, false),
		...sectionBlocks(input, 'professionals', mPlan.sections.professionals.title, 13, false)
	];
}

const fontOf = (kind: ImageKind, style: TextStyle) =>
	`${WEIGHTS[style]} ${OPTIONS[kind].styles[style].size}px ${FONT}`;

/** Draws the image and encodes it as PNG. */
export async function renderPlanImage(kind: ImageKind, input: ImageInput): Promise<Blob> {
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No 2D canvas on this browser.');
	const measure = (text: string, style: TextStyle) => {
		context.font = fontOf(kind, style);
		return context.measureText(text).width;
	};
	const layout = layoutText(
		imageBlocks(kind, input),
		{ ...OPTIONS[kind], overflowNote: mPlan.share.moreInApp },
		measure
	);
	canvas.width = layout.width;
	// Browsers refuse canvases much taller than this; a plan that long is cut rather than lost to an error.
	canvas.height = Math.min(layout.height, 16_000);
	const palette = PALETTES[kind];
	context.fillStyle = palette.background;
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.textBaseline = 'top';
	for (const text of layout.texts) {
		context.font = fontOf(kind, text.style);
		context.fillStyle = palette.colors[text.style];
		// Centre the glyphs in their line box.
		const { size, lineHeight } = OPTIONS[kind].styles[text.style];
		context.fillText(text.text, text.x, text.y + (lineHeight - size) / 2);
	}
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the image.'))),
			'image/png'
		)
	);
}

export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Opens the phone's share sheet with the image where the browser can share files; otherwise downloads it. */
export async function shareOrDownload(blob: Blob, fileName: string, title: string): Promise<ShareOutcome> {
	const file = new File([blob], `${fileName}.png`, { type: 'image/png' });
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title });
			return 'shared';
		} catch (error) {
			if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
			// Sharing failed for another reason (no target app): a download still gets the image out.
		}
	}
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started by now; the URL is only needed until then.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
	return 'downloaded';
}
