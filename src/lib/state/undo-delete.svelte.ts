/**
 * The toast a list shows after a change, with Undo after a delete: "Check-in deleted. Undo". Shared by every
 * list that deletes with undo. The deleted record is kept in memory only, so a reload leaves nothing to undo.
 */
export class UndoDelete<T> {
	toast = $state<string | null>(null);
	/** The record just deleted, while it can still be put back. */
	removed = $state<T | null>(null);
	readonly #restore: (item: T) => Promise<unknown>;
	readonly #restored: string | null;

	/**
	 * `restore` puts a deleted record back; it loads its repository when called, so the list renders without a
	 * validator. `restored` is what the toast says after an undo (nothing, by default).
	 */
	constructor(restore: (item: T) => Promise<unknown>, restored: string | null = null) {
		this.#restore = restore;
		this.#restored = restored;
	}

	/** After a delete: say so, and offer the record back. */
	deleted(item: T, message: string): void {
		this.removed = item;
		this.toast = message;
	}

	/** Other news, such as a save: nothing to undo. */
	say(message: string): void {
		this.removed = null;
		this.toast = message;
	}

	async undo(): Promise<void> {
		if (this.removed) await this.#restore(this.removed);
		this.removed = null;
		this.toast = this.#restored;
	}

	dismiss(): void {
		this.toast = null;
		this.removed = null;
	}
}
