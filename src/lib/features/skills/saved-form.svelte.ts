import { classifyWriteError, type WriteProblem } from '$lib/db/write-error';
import { fieldTexts } from '$lib/i18n/messages';
import type { App } from '$lib/state/app.svelte';
import { Draft } from '$lib/state/draft.svelte';

/**
 * A form that adds or changes one saved record (a memory, a plan, a night of the sleep diary): what is typed is
 * a draft until saved, and an invalid record is not written but gets each message beside its field.
 */
export class SavedForm<V extends object, R> {
	readonly draft: Draft<V>;
	errors = $state<Record<string, string>>({});
	saving = $state(false);
	/** Why the last save failed (null once saved); what was typed stays in the form and its draft. */
	failed = $state<WriteProblem | null>(null);
	readonly #write: (value: V) => Promise<R>;
	readonly #onsaved: (saved: R) => void;

	/**
	 * `write` stores the typed value and returns the record; it loads its repository when called, so the form
	 * renders without a validator. `onsaved` hears of the stored record once the draft is gone.
	 */
	constructor(
		app: App,
		key: string,
		initial: () => V,
		{ write, onsaved }: { write: (value: V) => Promise<R>; onsaved: (saved: R) => void }
	) {
		this.draft = new Draft<V>(app, key, initial);
		this.#write = write;
		this.#onsaved = onsaved;
	}

	async submit(): Promise<void> {
		if (this.saving) return;
		this.saving = true;
		try {
			const saved = await this.#write($state.snapshot(this.draft.value) as V);
			this.errors = {};
			this.failed = null;
			await this.draft.discard();
			this.#onsaved(saved);
		} catch (error) {
			// Already loaded with the repository that threw.
			const { isValidationError, messagesByField } = await import('$lib/domain/errors');
			if (isValidationError(error)) {
				this.errors = fieldTexts(messagesByField(error));
				return;
			}
			console.error('Could not save', error);
			// Whether the draft is stored is known only once its last write has finished.
			await this.draft.flush();
			this.failed = classifyWriteError(error);
		} finally {
			this.saving = false;
		}
	}

	/**
	 * What to tell the client when storage fails: a failed save, or a draft that could not be stored while typing.
	 * `text` is every typed field, to copy somewhere safe.
	 */
	get failure(): { problem: WriteProblem; kept: boolean; text: string } | null {
		const failedDraft = this.draft.status === 'failed';
		if (!this.failed && !failedDraft) return null;
		const value = $state.snapshot(this.draft.value) as Record<string, unknown>;
		const text = Object.values(value)
			.filter((field): field is string => typeof field === 'string' && field.trim() !== '')
			.join('\n');
		return { problem: this.failed ?? 'other', kept: !failedDraft && this.draft.status === 'saved', text };
	}

	/** Closing the form throws away what was typed. */
	cancel(): Promise<void> {
		return this.draft.discard();
	}
}
