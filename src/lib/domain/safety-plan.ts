import type { Day, Instant } from './common';

// The Stanley-Brown Safety Plan (Stanley & Brown, Cognitive and Behavioral Practice 2012;19(2):256-264):
// six steps a person works through in order when a crisis builds, plus "the one thing that is most important
// to me and worth living for", which many versions add. Every step is a list in the client's own words.
// This module is what screens need to render a plan without loading a validator; writes are checked by the
// schemas in safety-plan.schema.ts.

/** The six steps, in the order a person uses them in a crisis. */
export const PLAN_STEPS = [
	'warningSigns',
	'copingStrategies',
	'distractions',
	'helpers',
	'professionals',
	'safeEnvironment'
] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

/** Every list the client fills in: the six steps and what matters most to them. */
export const PLAN_SECTIONS = [...PLAN_STEPS, 'reasonsForLiving'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** Steps 3 to 5 name people and services: the client's own contacts can be added to them, with their numbers. */
export const CONTACT_STEPS = ['distractions', 'helpers', 'professionals'] as const;
export type ContactStep = (typeof CONTACT_STEPS)[number];

export const isContactStep = (section: PlanSection): section is ContactStep =>
	(CONTACT_STEPS as readonly string[]).includes(section);

/** There is one plan; like the settings row it has a fixed key, so two tabs saving at once cannot make two. */
export const SAFETY_PLAN_ID = 'safety-plan';

// What the client wrote (a list of lines per section, and for steps 3-5 the ids of contacts they chose), the plan
// and each version of it as it stood after one sitting: their types come from the schemas in safety-plan.schema.ts.
export type { PlanContent, SafetyPlan, SafetyPlanVersion } from './safety-plan.schema';
import type { PlanContent, SafetyPlan } from './safety-plan.schema';

export const emptyContent = (): PlanContent => ({
	sections: {
		warningSigns: [],
		copingStrategies: [],
		distractions: [],
		helpers: [],
		professionals: [],
		safeEnvironment: [],
		reasonsForLiving: []
	},
	contacts: { distractions: [], helpers: [], professionals: [] }
});

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** Content read leniently from a stored row or a draft: anything missing or not understood becomes empty. */
export function contentFromRow(row: unknown): PlanContent {
	const content = emptyContent();
	const sections = record(record(row).sections);
	const contacts = record(record(row).contacts);
	for (const section of PLAN_SECTIONS) content.sections[section] = strings(sections[section]);
	for (const step of CONTACT_STEPS) content.contacts[step] = strings(contacts[step]);
	return content;
}

const dayOrNull = (value: unknown): Day | null =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/** The stored plan read leniently, for rendering (Help now reads this before anything is validated). */
export function planFromRow(row: unknown): SafetyPlan | null {
	if (!row || typeof row !== 'object') return null;
	const { createdAt, updatedAt, reviewedOn, reviewSnoozedUntil } = row as Record<string, unknown>;
	if (typeof createdAt !== 'string' || typeof updatedAt !== 'string') return null;
	return {
		id: SAFETY_PLAN_ID,
		...contentFromRow(row),
		reviewedOn: dayOrNull(reviewedOn),
		reviewSnoozedUntil: dayOrNull(reviewSnoozedUntil),
		createdAt,
		updatedAt
	};
}

/**
 * The content as it is kept: lines trimmed, blank lines dropped (the editor always offers an empty line to type
 * in), and each contact at most once per step.
 */
export function normalizeContent(content: PlanContent): PlanContent {
	const out = emptyContent();
	for (const section of PLAN_SECTIONS)
		out.sections[section] = (content.sections[section] ?? []).map((line) => line.trim()).filter(Boolean);
	for (const step of CONTACT_STEPS) out.contacts[step] = [...new Set(content.contacts[step] ?? [])];
	return out;
}

/** How long one line may be, and how many lines or people one step may hold (the schema enforces both). */
export const MAX_LINE_LENGTH = 500;
export const MAX_LINES = 30;

/** A line or list held back from saving because it is over its limit; `path` is where its message belongs. */
export interface HeldBack {
	path: string;
	code: 'plan.lineTooLong' | 'plan.tooManyLines';
	max: number;
}

/**
 * What of the plan can be saved now: every line and list within its limits. A line over its limit is held back
 * alone (it stays in the draft, with its message beside it), so one long line never stops the rest of the plan
 * from reaching Help now. Lines are measured trimmed, as they are kept.
 */
export function savableContent(content: PlanContent): { content: PlanContent; heldBack: HeldBack[] } {
	const out = emptyContent();
	const heldBack: HeldBack[] = [];
	for (const section of PLAN_SECTIONS) {
		const lines = content.sections[section] ?? [];
		lines.forEach((line, index) => {
			if (line.trim().length > MAX_LINE_LENGTH)
				heldBack.push({
					path: `sections.${section}.${index}`,
					code: 'plan.lineTooLong',
					max: MAX_LINE_LENGTH
				});
			else if (line.trim()) out.sections[section].push(line.trim());
		});
		if (out.sections[section].length > MAX_LINES) {
			out.sections[section] = out.sections[section].slice(0, MAX_LINES);
			heldBack.push({ path: `sections.${section}`, code: 'plan.tooManyLines', max: MAX_LINES });
		}
	}
	for (const step of CONTACT_STEPS) {
		const ids = [...new Set(content.contacts[step] ?? [])];
		out.contacts[step] = ids.slice(0, MAX_LINES);
		if (ids.length > MAX_LINES)
			heldBack.push({ path: `contacts.${step}`, code: 'plan.tooManyLines', max: MAX_LINES });
	}
	return { content: out, heldBack };
}

/** Where a merge kept both tabs' changes to one list, for the client to look over. */
export type MergedPath = PlanSection | `contacts.${ContactStep}`;

/**
 * One list changed in two places since `base`: each side keeps its own edits, lines the other side removed go,
 * lines it added join at the end. Nothing either side wrote is dropped; an edited line may then appear twice
 * (both wordings), which is why a list merged this way is pointed out to the client.
 */
function mergeList(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] {
	const { added, removed } = listChange(base, theirs);
	const out = [...mine];
	for (const line of removed) {
		const at = out.findIndex((kept) => kept.trim() === line);
		if (at !== -1) out.splice(at, 1);
	}
	const have = new Set(out.map((line) => line.trim()));
	for (const line of added) if (!have.has(line)) out.push(line);
	return out;
}

/**
 * The plan as this tab shows it (`mine`, lines as typed) after another tab stored `theirs`, both starting from
 * `base` (the plan this tab last knew stored). A list only one side changed takes that side's; a list both changed
 * keeps both (mergeList) and is named in `merged`. Two tabs never overwrite each other's words.
 */
export function mergeContent(
	base: PlanContent,
	mine: PlanContent,
	theirs: PlanContent
): { content: PlanContent; merged: MergedPath[] } {
	const b = normalizeContent(base);
	const t = normalizeContent(theirs);
	const n = normalizeContent(mine);
	const same = (x: readonly string[], y: readonly string[]) => JSON.stringify(x) === JSON.stringify(y);
	const content = emptyContent();
	const merged: MergedPath[] = [];
	const pick = (baseList: string[], mineNormal: string[], mineList: string[], theirList: string[]) => {
		if (same(mineNormal, baseList)) return { list: [...theirList], both: false };
		if (same(theirList, baseList) || same(theirList, mineNormal)) return { list: [...mineList], both: false };
		return { list: mergeList(baseList, mineList, theirList), both: true };
	};
	for (const section of PLAN_SECTIONS) {
		const { list, both } = pick(
			b.sections[section],
			n.sections[section],
			mine.sections[section] ?? [],
			t.sections[section]
		);
		content.sections[section] = list;
		if (both) merged.push(section);
	}
	for (const step of CONTACT_STEPS) {
		const { list, both } = pick(b.contacts[step], n.contacts[step], n.contacts[step], t.contacts[step]);
		content.contacts[step] = list;
		if (both) merged.push(`contacts.${step}`);
	}
	return { content, merged };
}

/** Only the content, in a fixed shape, so two plans compare equal when they say the same thing. */
export const contentKey = (content: PlanContent): string => {
	const normal = normalizeContent(content);
	return JSON.stringify([
		PLAN_SECTIONS.map((s) => normal.sections[s]),
		CONTACT_STEPS.map((s) => normal.contacts[s])
	]);
};

export const sameContent = (a: PlanContent, b: PlanContent) => contentKey(a) === contentKey(b);

/** True when nothing has been written and no contact chosen. */
export function isEmptyContent(content: PlanContent): boolean {
	const normal = normalizeContent(content);
	return (
		PLAN_SECTIONS.every((s) => normal.sections[s].length === 0) &&
		CONTACT_STEPS.every((s) => normal.contacts[s].length === 0)
	);
}

/** How many lines and contacts a section holds (Help now leaves out empty steps). */
export const sectionSize = (content: PlanContent, section: PlanSection): number =>
	content.sections[section].length + (isContactStep(section) ? content.contacts[section].length : 0);

// ---------------------------------------------------------------------------------------------------------
// Versions

/**
 * Changes made within this long of the last change belong to the same sitting and so to the same version.
 * A plan is usually revised in one therapy session (about 50 minutes) with pauses to talk; a new version per
 * pause would bury the comparison that matters, "what did we change today?", under dozens of small steps.
 */
export const SITTING_GAP_MINUTES = 30;

/** Whether a change at `now` starts a new version, or belongs to the sitting whose last change was `lastChange`. */
export function startsNewVersion(lastChange: Instant | undefined, now: Instant): boolean {
	if (!lastChange) return true;
	const gap = Date.parse(now) - Date.parse(lastChange);
	// A clock set back (or a bad row) must not fold a later change into an old version.
	return !(gap >= 0 && gap < SITTING_GAP_MINUTES * 60_000);
}

/** Newest first, by the instant each version was started (offsets differ when a person travels). */
export const newestFirst = <T extends { createdAt: Instant }>(versions: readonly T[]): T[] =>
	[...versions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

export interface ListChange {
	added: string[];
	removed: string[];
}

export interface PlanChanges {
	sections: Record<PlanSection, ListChange>;
	contacts: Record<ContactStep, ListChange>;
	/** True when nothing at all differs. */
	none: boolean;
}

/** Lines in `after` but not `before` and the reverse, counting repeats; an edited line is one removed, one added. */
function listChange(before: readonly string[], after: readonly string[]): ListChange {
	const remaining = new Map<string, number>();
	for (const line of before) remaining.set(line, (remaining.get(line) ?? 0) + 1);
	const added: string[] = [];
	for (const line of after) {
		const left = remaining.get(line) ?? 0;
		if (left > 0) remaining.set(line, left - 1);
		else added.push(line);
	}
	const removed: string[] = [];
	for (const line of before) {
		const left = remaining.get(line) ?? 0;
		if (left > 0) {
			removed.push(line);
			remaining.set(line, left - 1);
		}
	}
	return { added, removed };
}

/** What changed from one version to the next, step by step (`before` is null for the first version). */
export function diffContent(before: PlanContent | null, after: PlanContent): PlanChanges {
	const a = normalizeContent(before ?? emptyContent());
	const b = normalizeContent(after);
	const sections = Object.fromEntries(
		PLAN_SECTIONS.map((s) => [s, listChange(a.sections[s], b.sections[s])])
	) as Record<PlanSection, ListChange>;
	const contacts = Object.fromEntries(
		CONTACT_STEPS.map((s) => [s, listChange(a.contacts[s], b.contacts[s])])
	) as Record<ContactStep, ListChange>;
	const none = [...Object.values(sections), ...Object.values(contacts)].every(
		(change) => change.added.length === 0 && change.removed.length === 0
	);
	return { sections, contacts, none };
}

// ---------------------------------------------------------------------------------------------------------
// Review with the therapist

/**
 * A plan the client has gone through with their therapist is suggested for another look every 90 days.
 * Stanley & Brown ask for the plan to be revisited as circumstances change and after any crisis; numbers,
 * people and what helps drift over months, and a season is long enough not to nag someone who is doing well.
 */
export const REVIEW_INTERVAL_DAYS = 90;
/**
 * A plan never reviewed with a therapist is suggested for the next session after two weeks: the plan is meant to
 * be made together (Stanley & Brown 2012), and most people in therapy see their therapist within that time.
 */
export const FIRST_REVIEW_DAYS = 14;
/** "Not now" hides the reminder for this long. */
export const SNOOZE_DAYS = 14;

const DAY_MS = 86_400_000;
const utc = (day: Day) =>
	Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** Calendar days from `from` to `to` (negative when `to` comes first); immune to daylight-saving changes. */
export const daysBetween = (from: Day, to: Day): number => Math.round((utc(to) - utc(from)) / DAY_MS);

export function addDays(day: Day, days: number): Day {
	const date = new Date(utc(day) + days * DAY_MS);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export interface ReviewStatus {
	/** When the client last reviewed it with their therapist, if ever. */
	reviewedOn: Day | null;
	/** From this day on the gentle reminder shows (unless snoozed). */
	dueOn: Day;
	/** Show the reminder today. */
	due: boolean;
}

/** When to suggest going through the plan with the therapist again. `createdOn` is the plan's first day. */
export function reviewStatus(
	plan: Pick<SafetyPlan, 'reviewedOn' | 'reviewSnoozedUntil'>,
	createdOn: Day,
	today: Day
): ReviewStatus {
	const dueOn = plan.reviewedOn
		? addDays(plan.reviewedOn, REVIEW_INTERVAL_DAYS)
		: addDays(createdOn, FIRST_REVIEW_DAYS);
	const snoozed = plan.reviewSnoozedUntil !== null && daysBetween(today, plan.reviewSnoozedUntil) > 0;
	return { reviewedOn: plan.reviewedOn, dueOn, due: daysBetween(dueOn, today) >= 0 && !snoozed };
}
