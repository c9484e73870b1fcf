import type { Snippet } from 'svelte';
import { UndoDelete } from '$lib/state/undo-delete.svelte';

/** What a row of a saved list can do: its place in the list, open itself in the form, and its delete button. */
export interface RowTools {
	index: number;
	edit: () => void;
	deleteButton: Snippet;
}

/**
 * What a list of saved records shows around the records themselves: which one is open in its form ('new' for
 * a new one), and the toast after a save or a delete, with undo for the delete.
 */
export class SavedItems<T> extends UndoDelete<T> {
	/** The record being changed, 'new' for a new one, or null when no form is open. */
	editing = $state<T | 'new' | null>(null);
	readonly #remove: (item: T) => Promise<unknown>;
	readonly #messages: { saved: string; deleted: string };

	/** `remove` and `restore` load their repository when called, so the list renders without a validator. */
	constructor(
		remove: (item: T) => Promise<unknown>,
		restore: (item: T) => Promise<unknown>,
		messages: { saved: string; deleted: string }
	) {
		super(restore);
		this.#remove = remove;
		this.#messages = messages;
	}

	/** The record the open form changes, or null for a new one. */
	get editingItem(): T | null {
		return this.editing === 'new' ? null : this.editing;
	}

	saved(): void {
		this.editing = null;
		this.say(this.#messages.saved);
	}

	async remove(item: T): Promise<void> {
		await this.#remove(item);
		this.deleted(item, this.#messages.deleted);
	}
}
