import { untrack } from 'svelte';
import type { Subscription } from 'dexie';
import { getPlan } from '$lib/db/safety-plan-read';
import type { ValidationError } from '$lib/domain/errors';
import { messageOf } from '$lib/domain/messages';
import { messageText } from '$lib/i18n/messages';
import {
	contentFromRow,
	contentKey,
	emptyContent,
	mergeContent,
	PLAN_SECTIONS,
	savableContent,
	type HeldBack,
	type MergedPath,
	type PlanContent,
	type PlanSection,
	type SafetyPlan
} from '$lib/domain/safety-plan';
import { mPlan } from '$lib/i18n/safety-plan';
import type { App } from '$lib/state/app.svelte';
import { loadDexie } from '$lib/state/dexie-runtime';
import { Draft, recordsSettled } from '$lib/state/draft.svelte';
import { UndoDelete } from '$lib/state/undo-delete.svelte';

export const PLAN_DRAFT = 'safety-plan';

/** Resolves once every save started by an editor has finished, so the plan read next is the latest. */
export const planSettled = recordsSettled;

/** A line the client removed, with where it was. */
export interface RemovedLine {
	section: PlanSection;
	index: number;
	text: string;
}

/** 'partial': saved, except the lines over their limit (held back, still in the draft, marked at the line). */
export type SaveState = 'idle' | 'saving' | 'saved' | 'partial' | 'invalid' | 'failed';

/** Every section shows at least one line to type in; blank lines are dropped when the plan is saved. */
export function withBlankLines(content: PlanContent): PlanContent {
	const out = contentFromRow(content);
	for (const section of PLAN_SECTIONS) if (out.sections[section].length === 0) out.sections[section] = [''];
	return out;
}

/** A validation error's messages by where they point: "sections.helpers.2" for a line, "sections.helpers" for a list. */
function messagesByPath(error: ValidationError) {
	const out: Record<string, string> = {};
	for (const issue of error.issues) out[issue.path.map(String).join('.')] ??= messageText(messageOf(issue));
	return out;
}

/** What saving `value` would store: the plan without the lines held back. */
const savableKey = (value: PlanContent) => contentKey(savableContent(value).content);

export interface PlanEditorOptions {
	/** How long typing may pause before the plan itself is saved (the draft saves sooner, on every change). */
	delay?: number;
}

/**
 * The safety plan being edited, on the one draft mechanism (state/draft.svelte.ts): every keystroke goes to the
 * draft at once (nothing typed is lost); after a pause the Draft saves the plan itself, so Help now shows what
 * was written, and saving keeps the history (db/safety-plan.ts). A line over its limit is held back alone, with
 * its message at the line. Another tab's save is merged in, never overwritten (mergeContent). Create it while a
 * component initialises: it owns effects.
 */
export class PlanEditor {
	readonly draft: Draft<PlanContent>;
	/** Validation messages from the last save, by path, when the schema refused the plan (state 'invalid'). */
	invalid = $state<Record<string, string> | null>(null);
	/** The lists that hold changes from this tab and another one, merged; shown beside them until dismissed. */
	merged = $state<MergedPath[]>([]);

	readonly #app: App;
	/** The content this tab last knew stored: the base of a merge with another tab's save. */
	#base: PlanContent;
	/** Content keys this tab stored: their echo from storage is no news. Bookkeeping, never rendered. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- nothing reads this reactively
	readonly #mine = new Set<string>();

	constructor(app: App, stored: SafetyPlan | null, { delay = 1200 }: PlanEditorOptions = {}) {
		this.#app = app;
		this.#base = contentFromRow(stored ?? emptyContent());
		this.draft = new Draft(app, PLAN_DRAFT, () => withBlankLines(stored ?? emptyContent()), {
			record: {
				delay,
				key: savableKey,
				stored: contentKey(this.#base),
				save: (value) => this.#save(value)
			}
		});

		$effect(() => {
			const value = $state.snapshot(this.draft.value);
			if (!this.draft.ready) return;
			// A draft from an older shape, or a merge, is filled out before anything binds to a missing list.
			const complete = withBlankLines(value);
			if (JSON.stringify(complete) !== JSON.stringify(value)) untrack(() => (this.draft.value = complete));
		});

		// Another tab saving the plan: its change shows here at once, merged with anything typed here.
		$effect(() => {
			let stop = false;
			let subscription: Subscription | undefined;
			void loadDexie().then(({ liveQuery }) => {
				if (stop) return;
				subscription = liveQuery(() => getPlan(app.store)).subscribe({
					next: (plan) => plan && untrack(() => this.#storedElsewhere(plan)),
					error: (error) => console.error('Could not follow the safety plan', error)
				});
			});
			return () => {
				stop = true;
				subscription?.unsubscribe();
			};
		});
	}

	/** Where the plan stands, as the status line says it. */
	get state(): SaveState {
		const status = this.draft.recordStatus;
		if (status === 'failed') return 'failed';
		if (this.invalid) return 'invalid';
		if (status === 'saving') return 'saving';
		if (this.heldBack.length) return 'partial';
		return status;
	}

	/** Why storage refused the last save (state 'failed'). */
	get problem() {
		return this.draft.problem;
	}

	/** True when what is on screen differs from the saved plan. */
	get dirty(): boolean {
		return contentKey($state.snapshot(this.draft.value)) !== contentKey(this.#base);
	}

	/** The lines and lists over their limits in what is on screen now. */
	get heldBack(): HeldBack[] {
		return savableContent(this.draft.value).heldBack;
	}

	/** Messages by path ("sections.warningSigns.0"), shown beside the line they concern, as soon as it is too long. */
	get errors(): Record<string, string> {
		const out: Record<string, string> = { ...this.invalid };
		for (const { path, code, max } of this.heldBack) {
			const [, section, index] = path.split('.');
			const line = this.draft.value.sections[section as PlanSection]?.[Number(index)] ?? '';
			out[path] =
				code === 'plan.lineTooLong'
					? mPlan.editor.lineTooLong(max, line.trim().length)
					: mPlan.editor.tooManyLines(max);
		}
		return out;
	}

	/** Validates and saves the plan now if it differs from what is stored (before sharing, when leaving). */
	commit(): Promise<void> {
		return this.draft.commit();
	}

	async #save(value: PlanContent): Promise<{ key: string; complete: boolean }> {
		// A line over its limit is held back alone: the rest of the plan is saved, and reaches Help now.
		const { content, heldBack } = savableContent(value);
		// Loaded when first needed: the validator is not part of any screen's first render.
		const { savePlanContent } = await import('$lib/db/safety-plan');
		try {
			const key = contentKey(content);
			this.#mine.add(key);
			const result = await savePlanContent(
				this.#app.store,
				content,
				this.#app.newId(),
				this.#app.stamp(),
				this.#base
			);
			this.invalid = null;
			if ('stale' in result) {
				// Another tab saved first: take its words in beside these, and save the two together.
				this.#storedElsewhere(result.theirs, true);
				return { key: contentKey(result.theirs), complete: false };
			}
			this.#base = content;
			return { key, complete: heldBack.length === 0 };
		} catch (error) {
			const { isValidationError } = await import('$lib/domain/errors');
			if (!isValidationError(error)) throw error;
			this.invalid = messagesByPath(error);
			return { key: contentKey(this.#base), complete: false };
		}
	}

	/**
	 * The stored plan changed: if another tab changed it, merge its words with what is on screen here. `known`: a
	 * refused save found it, so it is news even if this tab once stored the same words.
	 */
	#storedElsewhere(theirs: PlanContent, known = false): void {
		const key = contentKey(theirs);
		if (key === contentKey(this.#base) || (!known && this.#mine.has(key))) return;
		const mine = $state.snapshot(this.draft.value);
		const next = this.#merge(mine, theirs);
		this.#base = contentFromRow(theirs);
		if (JSON.stringify(next) !== JSON.stringify(mine)) this.draft.value = next;
		this.draft.recordStoredElsewhere(key);
	}

	/** This tab's words and another tab's saved plan, from the plan this tab knows stored. */
	#merge(mine: PlanContent, theirs: PlanContent): PlanContent {
		const { content, merged } = mergeContent(this.#base, mine, theirs);
		if (merged.length)
			this.merged = [...this.merged, ...merged].filter((path, at, all) => all.indexOf(path) === at);
		return withBlankLines(content);
	}

	/** Adds an empty line after `index` (or at the end) and returns its position. */
	addLine(section: PlanSection, index = this.draft.value.sections[section].length - 1): number {
		this.draft.value.sections[section].splice(index + 1, 0, '');
		return index + 1;
	}

	/** The line last removed, offered back with Undo, as every delete in the app is (in memory only). */
	readonly lineUndo = new UndoDelete<RemovedLine>(
		async (removed) => this.#putBack(removed),
		mPlan.editor.lineBack
	);

	/**
	 * Removes a line; the last line of a section is emptied instead, so there is always one to type in. A line
	 * with words in it can be put back with Undo; the plan's history keeps it too, once the plan has saved.
	 */
	removeLine(section: PlanSection, index: number): void {
		const lines = this.draft.value.sections[section];
		const text = lines[index] ?? '';
		if (lines.length <= 1) lines[0] = '';
		else lines.splice(index, 1);
		if (text.trim()) this.lineUndo.deleted({ section, index, text }, mPlan.editor.lineRemoved);
	}

	/** Puts a removed line back where it was (or at the end, if the section has fewer lines now). */
	#putBack({ section, index, text }: RemovedLine): void {
		const lines = this.draft.value.sections[section];
		if (lines.length === 1 && lines[0]?.trim() === '') lines[0] = text;
		else lines.splice(Math.min(index, lines.length), 0, text);
	}

	toggleContact(step: 'distractions' | 'helpers' | 'professionals', id: string, on: boolean): void {
		const ids = this.draft.value.contacts[step];
		const at = ids.indexOf(id);
		if (on && at === -1) ids.push(id);
		if (!on && at !== -1) ids.splice(at, 1);
	}
}
