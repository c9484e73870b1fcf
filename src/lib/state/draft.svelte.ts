import { deleteDraft, getDraft, putDraft } from '$lib/db/drafts';
import type { Db } from '$lib/db/db';
import { localInstant } from '$lib/domain/time';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

interface Flushable {
	flush(): Promise<void>;
}

/** Every draft on screen, so an update or another tab's upgrade can save them all first. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not rendered
const openDrafts = new Set<Flushable>();

/** Saves every pending draft now. Called before an update reload, on versionchange and when the page hides. */
export async function flushDrafts(): Promise<void> {
	await Promise.allSettled([...openDrafts].map((draft) => draft.flush()));
}

export interface DraftOptions {
	now?: () => Date;
	/** How long typing may pause before a save; short, since a crash can come at any moment. */
	delay?: number;
}

/**
 * A form's state that saves itself as a draft on every change and comes back after a reload or crash.
 * Create it while a component initialises; bind the form to `value`; call `discard()` once the real record is saved.
 */
export class Draft<T extends object> implements Flushable {
	value = $state() as T;
	status = $state<DraftStatus>('idle');
	/** True when `value` came back from storage rather than starting empty. */
	restored = $state(false);
	ready = $state(false);

	readonly #db: Db;
	readonly #key: string;
	readonly #initial: () => T;
	readonly #now: () => Date;
	readonly #delay: number;
	#lastSaved = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#saving: Promise<void> = Promise.resolve();

	constructor(
		db: Db,
		key: string,
		initial: () => T,
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh instant each call, never mutated
		{ now = () => new Date(), delay = 250 }: DraftOptions = {}
	) {
		this.#db = db;
		this.#key = key;
		this.#initial = initial;
		this.#now = now;
		this.#delay = delay;
		this.value = initial();
		this.#lastSaved = JSON.stringify(this.value);

		$effect(() => {
			openDrafts.add(this);
			void this.#load();
			return () => {
				void this.flush();
				openDrafts.delete(this);
			};
		});
		// Reading the snapshot makes the effect depend on every field of the form, however deep.
		$effect(() => {
			const json = JSON.stringify($state.snapshot(this.value));
			if (this.ready && json !== this.#lastSaved) this.#schedule();
		});
	}

	get key(): string {
		return this.#key;
	}

	async #load(): Promise<void> {
		try {
			const stored = await getDraft(this.#db, this.#key);
			if (stored) {
				this.value = { ...this.#initial(), ...(stored.value as T) };
				this.#lastSaved = JSON.stringify(this.value);
				this.restored = true;
				this.status = 'saved';
			}
		} finally {
			this.ready = true;
		}
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		this.status = 'saving';
		this.#timer = setTimeout(() => void this.flush(), this.#delay);
	}

	/** Writes the current value now if it changed since the last save. */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const snapshot = $state.snapshot(this.value);
		const json = JSON.stringify(snapshot);
		if (!this.ready || json === this.#lastSaved) return this.#saving;
		this.#saving = this.#saving
			.then(() => putDraft(this.#db, this.#key, snapshot, localInstant(this.#now())))
			.then(
				() => {
					this.#lastSaved = json;
					this.status = 'saved';
				},
				(error) => {
					console.error('Could not save draft', this.#key, error);
					this.status = 'failed';
				}
			);
		return this.#saving;
	}

	/** The form was submitted or cancelled: forget the draft and start empty. */
	async discard(): Promise<void> {
		clearTimeout(this.#timer);
		this.value = this.#initial();
		this.#lastSaved = JSON.stringify(this.value);
		this.restored = false;
		this.status = 'idle';
		await this.#saving;
		// A save that was in flight has just marked its older value as stored; the draft is gone, so the
		// empty form is what storage holds. Without this a form that stays open would write itself back.
		this.#lastSaved = JSON.stringify(this.#initial());
		this.status = 'idle';
		await deleteDraft(this.#db, this.#key);
	}
}
