import { deleteDraft } from '$lib/db/drafts';
import { classifyWriteError, type WriteProblem } from '$lib/db/write-error';
import type { ValidationError } from '$lib/domain/errors';
import { messageOf } from '$lib/domain/messages';
import { messageText } from '$lib/i18n/messages';
import {
	contentFromRow,
	contentKey,
	emptyContent,
	PLAN_SECTIONS,
	savableContent,
	type HeldBack,
	type PlanContent,
	type PlanSection,
	type SafetyPlan
} from '$lib/domain/safety-plan';
import { mPlan } from '$lib/i18n/safety-plan';
import type { App } from '$lib/state/app.svelte';
import { Draft } from '$lib/state/draft.svelte';

export const PLAN_DRAFT = 'safety-plan';

/** Saves still in flight, from this editor or one just closed: a new editor waits for them (planSettled). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not rendered
const inFlight = new Set<Promise<void>>();

/** Resolves once every save started by an editor has finished, so the plan read next is the latest. */
export async function planSettled(): Promise<void> {
	await Promise.allSettled([...inFlight]);
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

export interface PlanEditorOptions {
	/** How long typing may pause before the plan itself is saved (the draft saves sooner, on every change). */
	delay?: number;
}

/**
 * The safety plan being edited. Every keystroke goes to a draft at once (nothing typed is lost); after a pause
 * the plan itself is validated and saved, so Help now always shows what was written. Saving also keeps the
 * history (db/safety-plan.ts). Create it while a component initialises: it owns effects.
 */
export class PlanEditor {
	readonly draft: Draft<PlanContent>;
	state = $state<SaveState>('idle');
	/** Messages by path ("sections.warningSigns.0"), shown beside the line they concern. */
	errors = $state<Record<string, string>>({});
	/** Why storage refused the last save (state 'failed'). */
	problem = $state<WriteProblem>('other');

	readonly #app: App;
	readonly #delay: number;
	#committedKey: string;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#committing: Promise<void> = Promise.resolve();

	constructor(app: App, stored: SafetyPlan | null, { delay = 1200 }: PlanEditorOptions = {}) {
		this.#app = app;
		this.#delay = delay;
		this.#committedKey = contentKey(stored ?? emptyContent());
		this.draft = new Draft(app.store, PLAN_DRAFT, () => withBlankLines(stored ?? emptyContent()), {
			now: app.now
		});

		$effect(() => {
			const value = $state.snapshot(this.draft.value);
			if (!this.draft.ready) return;
			// A draft from an older shape is filled out before anything binds to a missing list.
			const complete = withBlankLines(value);
			if (JSON.stringify(complete) !== JSON.stringify(value)) {
				this.draft.value = complete;
				return;
			}
			if (contentKey(value) !== this.#committedKey) this.#schedule();
		});

		// Leaving the screen, hiding the app or closing it saves the plan now, not after the pause.
		$effect(() => {
			const onHide = () => {
				if (document.visibilityState === 'hidden') void this.commit();
			};
			const onPageHide = () => void this.commit();
			document.addEventListener('visibilitychange', onHide);
			window.addEventListener('pagehide', onPageHide);
			return () => {
				document.removeEventListener('visibilitychange', onHide);
				window.removeEventListener('pagehide', onPageHide);
				void this.commit();
			};
		});
	}

	/** True when what is on screen differs from the saved plan. */
	get dirty(): boolean {
		return contentKey($state.snapshot(this.draft.value)) !== this.#committedKey;
	}

	/** Messages for the lines held back, at their paths, in the client's words. */
	#heldBackMessages(heldBack: HeldBack[], content: PlanContent): Record<string, string> {
		const out: Record<string, string> = {};
		for (const { path, code, max } of heldBack) {
			const [, section, index] = path.split('.');
			const line = content.sections[section as PlanSection]?.[Number(index)] ?? '';
			out[path] =
				code === 'plan.lineTooLong'
					? mPlan.editor.lineTooLong(max, line.trim().length)
					: mPlan.editor.tooManyLines(max);
		}
		return out;
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		if (this.state !== 'invalid') this.state = 'saving';
		this.#timer = setTimeout(() => void this.commit(), this.#delay);
	}

	/** Validates and saves the plan now if it differs from what is stored. */
	commit(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (!this.draft.ready) return this.#committing;
		const snapshot = $state.snapshot(this.draft.value);
		// A line over its limit is held back alone: the rest of the plan is saved, and reaches Help now.
		const { content, heldBack } = savableContent(snapshot);
		const key = contentKey(content);
		const settled = () => (heldBack.length ? 'partial' : this.dirty ? 'saving' : 'saved');
		const committing = this.#committing.then(async () => {
			if (key === this.#committedKey) {
				this.errors = this.#heldBackMessages(heldBack, snapshot);
				if (this.state === 'saving' || this.state === 'partial') this.state = settled();
				return;
			}
			const db = this.#app.store;
			try {
				// Loaded when first needed: the validator is not part of any screen's first render.
				const { savePlanContent } = await import('$lib/db/safety-plan');
				await savePlanContent(db, content, this.#app.newId(), this.#app.stamp());
				this.#committedKey = key;
				this.errors = this.#heldBackMessages(heldBack, snapshot);
				this.state = settled();
				// The plan now says what the draft said: drop the draft, so an old copy can never override a
				// plan changed later elsewhere. A change typed meanwhile makes the draft write itself again.
				await this.draft.flush();
				if (!this.dirty) await deleteDraft(db, PLAN_DRAFT);
			} catch (error) {
				const { isValidationError } = await import('$lib/domain/errors');
				if (isValidationError(error)) {
					this.errors = messagesByPath(error);
					this.state = 'invalid';
				} else {
					console.error('Could not save the safety plan', error);
					this.problem = classifyWriteError(error);
					this.state = 'failed';
				}
			}
		});
		this.#committing = committing;
		inFlight.add(committing);
		void committing.finally(() => inFlight.delete(committing));
		return committing;
	}

	/** Adds an empty line after `index` (or at the end) and returns its position. */
	addLine(section: PlanSection, index = this.draft.value.sections[section].length - 1): number {
		this.draft.value.sections[section].splice(index + 1, 0, '');
		return index + 1;
	}

	/** Removes a line; the last line of a section is emptied instead, so there is always one to type in. */
	removeLine(section: PlanSection, index: number): void {
		const lines = this.draft.value.sections[section];
		if (lines.length <= 1) lines[0] = '';
		else lines.splice(index, 1);
		this.#shiftErrors(section, index);
	}

	/** Line errors follow their lines when one above is removed. */
	#shiftErrors(section: PlanSection, removed: number): void {
		const prefix = `sections.${section}.`;
		const next: Record<string, string> = {};
		for (const [path, message] of Object.entries(this.errors)) {
			if (!path.startsWith(prefix)) {
				next[path] = message;
				continue;
			}
			const index = Number(path.slice(prefix.length));
			if (index < removed) next[path] = message;
			else if (index > removed) next[`${prefix}${index - 1}`] = message;
		}
		this.errors = next;
	}

	toggleContact(step: 'distractions' | 'helpers' | 'professionals', id: string, on: boolean): void {
		const ids = this.draft.value.contacts[step];
		const at = ids.indexOf(id);
		if (on && at === -1) ids.push(id);
		if (!on && at !== -1) ids.splice(at, 1);
	}
}
