import type { App } from '$lib/features/app/app.svelte';
import { Draft } from '$lib/features/drafts/draft.svelte';

/**
 * A form that adds or changes one saved record (a memory, a plan, a night of the sleep diary): what is typed is
 * a draft until saved, and an invalid record is not written but gets each message beside its field.
 */
export class SavedForm<V extends object> {
	readonly draft: Draft<V>;
	errors = $state<Record<string, string>>({});
	saving = $state(false);

	constructor(app: App, key: string, initial: () => V) {
		this.draft = new Draft<V>(app.store, key, initial, { now: app.now });
	}

	/**
	 * Writes the draft with `write` (which loads its repository when called, so the form renders without a
	 * validator) and discards the draft once stored. Resolves to the stored record, or undefined if invalid.
	 */
	async submit<R>(write: (value: V) => Promise<R>): Promise<R | undefined> {
		if (this.saving) return undefined;
		this.saving = true;
		try {
			const saved = await write($state.snapshot(this.draft.value) as V);
			this.errors = {};
			await this.draft.discard();
			return saved;
		} catch (error) {
			// Already loaded with the repository that threw.
			const { isValidationError, messagesByField } = await import('$lib/domain/errors');
			if (!isValidationError(error)) throw error;
			this.errors = messagesByField(error);
			return undefined;
		} finally {
			this.saving = false;
		}
	}

	/** Closing the form throws away what was typed. */
	cancel(): Promise<void> {
		return this.draft.discard();
	}
}
