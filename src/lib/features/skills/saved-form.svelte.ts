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
		this.draft = new Draft<V>(app.store, key, initial, { now: app.now });
		this.#write = write;
		this.#onsaved = onsaved;
	}

	async submit(): Promise<void> {
		if (this.saving) return;
		this.saving = true;
		try {
			const saved = await this.#write($state.snapshot(this.draft.value) as V);
			this.errors = {};
			await this.draft.discard();
			this.#onsaved(saved);
		} catch (error) {
			// Already loaded with the repository that threw.
			const { isValidationError, messagesByField } = await import('$lib/domain/errors');
			if (!isValidationError(error)) throw error;
			this.errors = messagesByField(error);
		} finally {
			this.saving = false;
		}
	}

	/** Closing the form throws away what was typed. */
	cancel(): Promise<void> {
		return this.draft.discard();
	}
}
