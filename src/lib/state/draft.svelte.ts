import { untrack } from 'svelte';
import { loadDexie } from './dexie-runtime';
import { deleteDraft, getDraft, putDraft } from '$lib/db/drafts';
import type { Db } from '$lib/db/db';
import { classifyWriteError, type WriteProblem } from '$lib/db/write-error';
import { draftFingerprint } from '$lib/domain/draft';
import { localInstant } from '$lib/domain/time';
import type { App } from './app.svelte';
import { openDrafts, type Flushable } from './open-drafts';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Why a form cannot take keystrokes now: another tab opened a newer version and this one closed its storage. */
export type ReadOnlyReason = 'replaced';

export { flushDrafts } from './open-drafts';

/** Record saves still in flight, from a form on screen or one just closed (recordsSettled). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, not rendered
const recordSaves = new Set<Promise<void>>();

/** Resolves once every record save a Draft started has finished, so a record read next is the latest. */
export async function recordsSettled(): Promise<void> {
	await Promise.allSettled([...recordSaves]);
}

/** Where a draft that did not fit its form is kept, so its words can still be copied. */
export function setAsideKey(key: string): string {
	return `${key.slice(0, 180)}~set-aside`;
}

/** The words in a stored value, one piece a paragraph, for a person to copy; JSON when it holds none. */
export function wordsOf(value: unknown): string {
	const words: string[] = [];
	const walk = (part: unknown): void => {
		if (typeof part === 'string') {
			if (part.trim()) words.push(part.trim());
		} else if (Array.isArray(part)) part.forEach(walk);
		else if (part && typeof part === 'object') Object.values(part).forEach(walk);
	};
	walk(value);
	return words.length ? words.join('\n\n') : JSON.stringify(value);
}

/** True when `stored` can fill a form whose empty value is `initial`: every field has the kind the form expects. */
export function fitsShape(initial: object, stored: unknown): boolean {
	if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
	const record = stored as Record<string, unknown>;
	for (const [field, empty] of Object.entries(initial)) {
		if (empty === undefined || empty === null || !(field in record)) continue;
		const value = record[field];
		if (Array.isArray(empty) !== Array.isArray(value)) return false;
		if (typeof empty !== typeof value || value === null) return false;
	}
	return true;
}

/**
 * A form that saves its record as the client types (the safety plan), not only on submit: after a pause the
 * Draft stores the record too, once what a save would write differs from what is stored.
 */
export interface DraftRecord<T> {
	/** How long typing may pause before the record is saved (the draft itself is stored sooner). */
	delay?: number;
	/** What saving `value` would store, as text: equal keys mean there is nothing new to write. */
	key: (value: T) => string;
	/** The key of the record as stored when the form opened. */
	stored: string;
	/**
	 * Writes the record for `value` and resolves with the key now stored, and whether the record holds everything
	 * in `value` (then the draft is dropped). Rejects when storage refuses the write.
	 */
	save: (value: T) => Promise<{ key: string; complete: boolean }>;
}

/** Where a form's record stands: waiting for a pause, stored, or refused by storage (`problem` says why). */
export type RecordStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface DraftOptions<T> {
	/** The clock for the draft's timestamps; the App's by default. */
	now?: () => Date;
	/** How long typing may pause before a save; short, since a crash can come at any moment. */
	delay?: number;
	/** The longest a change waits for a save, however steadily the typing goes on. */
	maxWait?: number;
	/** Whether a stored value can fill this form; by default, every field must have the kind `initial` gives it. */
	accepts?: (stored: unknown) => stored is Partial<T>;
	/** Save the record itself too, after a pause in typing. */
	record?: DraftRecord<T>;
}

interface Mirror {
	value: unknown;
	at: number;
}

function mirrorStore(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * A form's state that saves itself as a draft on every change and comes back after a reload or crash.
 * Create it while a component initialises; bind the form to `value`; call `discard()` once the real record is saved.
 * With the `record` option it also saves the record itself after a pause (the safety plan), and says when storage
 * refused it. Once another tab has opened a newer version, `readOnly` says why the form takes no more keys
 * (features/drafts/DraftLock.svelte shows it and locks the form): what was typed is already stored.
 *
 * Saves come at most `maxWait` after a change however fast the typing. Each save writes the value to localStorage
 * synchronously before the IndexedDB write starts, and clears it once that write is done: a mirror still there on
 * load is newer than the stored draft (the tab was killed, closed or upgraded mid-write) and wins.
 */
export class Draft<T extends object> implements Flushable {
	value = $state() as T;
	status = $state<DraftStatus>('idle');
	/** True when `value` came back from storage rather than starting empty. */
	restored = $state(false);
	ready = $state(false);
	#setAside = $state<string | undefined>();

	/** The record's save, for a form that has one (`record` option). */
	recordStatus = $state<RecordStatus>('idle');
	/** Why storage refused the last record save (recordStatus 'failed'). */
	problem = $state<WriteProblem>('other');

	readonly #app: App;
	readonly #db: Db;
	readonly #key: string;
	readonly #initial: () => T;
	readonly #now: () => Date;
	readonly #delay: number;
	readonly #maxWait: number;
	readonly #accepts: (stored: unknown) => boolean;
	#lastSaved = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pendingSince: number | undefined;
	#saving: Promise<void> = Promise.resolve();
	#writes = 0;
	/** Values (as JSON) this tab wrote or read: a stored row among them is no news from another tab. */
	readonly #known: string[] = [];
	/** The stored value last seen, as JSON, or undefined when there was none. */
	#seen: string | undefined;
	/** The value this tab last wrote or read back, as JSON. */
	#written: string | undefined;
	/** The stored value (as JSON) that what is on screen grew from: this tab's last write, or what it followed. */
	#basis: string | undefined;
	readonly #record: DraftRecord<T> | undefined;
	/** The record's key as last stored (by this tab or, as far as it knows, another). */
	#recordKey = '';
	#recordTimer: ReturnType<typeof setTimeout> | undefined;
	#recording: Promise<void> = Promise.resolve();

	constructor(
		app: App,
		key: string,
		initial: () => T,
		{ now = app.now, delay = 250, maxWait = 500, accepts, record }: DraftOptions<T> = {}
	) {
		this.#app = app;
		this.#db = app.store;
		this.#key = key;
		this.#record = record;
		this.#recordKey = record?.stored ?? '';
		this.#initial = initial;
		this.#now = now;
		this.#delay = delay;
		this.#maxWait = Math.max(delay, maxWait);
		this.#accepts = accepts ?? ((stored) => fitsShape(initial(), stored));
		this.value = initial();
		this.#lastSaved = JSON.stringify(this.value);

		$effect(() => {
			openDrafts.add(this);
			let stop = false;
			let subscription: { unsubscribe(): void } | undefined;
			untrack(
				() =>
					void Promise.all([this.#load(), loadDexie()]).then(([, { liveQuery }]) => {
						if (stop) return;
						// Another tab typing into, saving or cancelling the same form.
						subscription = liveQuery(() => this.#db.drafts.get(this.#key)).subscribe({
							next: (row) => this.#onStored(row?.value, row?.replaces),
							error: (error) => console.error('Could not follow draft', this.#key, error)
						});
					})
			);
			return () => {
				stop = true;
				subscription?.unsubscribe();
				void this.persist();
				openDrafts.delete(this);
			};
		});
		// Reading the snapshot makes the effect depend on every field of the form, however deep.
		$effect(() => {
			const json = JSON.stringify($state.snapshot(this.value));
			if (this.ready && json !== this.#lastSaved) untrack(() => this.#schedule());
		});
		if (record)
			$effect(() => {
				const key = record.key($state.snapshot(this.value) as T);
				if (this.ready && key !== this.#recordKey) untrack(() => this.#scheduleRecord());
			});
	}

	get key(): string {
		return this.#key;
	}

	/**
	 * Words that could not go into the form, as text to copy: a stored draft of the wrong shape, one that clashed
	 * with what was typed before it loaded, or another tab's different words. Stored under setAsideKey, so they
	 * are offered again after a reload; setting it to undefined (the client is done with them) forgets them.
	 */
	get setAside(): string | undefined {
		return this.#setAside;
	}

	set setAside(text: string | undefined) {
		this.#setAside = text;
		if (text === undefined) void this.#forgetSetAside();
	}

	async #forgetSetAside(): Promise<void> {
		try {
			await deleteDraft(this.#db, setAsideKey(this.#key));
		} catch (error) {
			console.error('Could not forget a set-aside draft', this.#key, error);
		}
	}

	/** Why the form takes no keys now, or undefined while it is editable. */
	get readOnly(): ReadOnlyReason | undefined {
		return this.#app.replacedByNewerVersion ? 'replaced' : undefined;
	}

	/** True when the record differs from what is on screen (always false without the `record` option). */
	get dirty(): boolean {
		return !!this.#record && this.#record.key($state.snapshot(this.value) as T) !== this.#recordKey;
	}

	/**
	 * Another tab stored the record: from now on `key` is what storage holds. The form decides what to show (the
	 * safety plan merges); a value that still differs is saved after the usual pause.
	 */
	recordStoredElsewhere(key: string): void {
		this.#recordKey = key;
		if (this.recordStatus === 'saved' && this.dirty) this.#scheduleRecord();
	}

	/** Stores the draft and, for a form with a record, the record too: now, not after the pause. */
	async persist(): Promise<void> {
		await Promise.allSettled([this.flush(), this.commit()]);
	}

	#scheduleRecord(): void {
		clearTimeout(this.#recordTimer);
		this.recordStatus = 'saving';
		this.#recordTimer = setTimeout(() => void this.commit(), this.#record?.delay ?? 1200);
	}

	/**
	 * Saves the record now if what is on screen differs from what is stored. Saves run one after another; a
	 * refused one leaves the words on screen and in the draft, says so (`recordStatus` 'failed', `problem`), and
	 * the next change tries again.
	 */
	commit(): Promise<void> {
		clearTimeout(this.#recordTimer);
		this.#recordTimer = undefined;
		const record = this.#record;
		if (!record || !this.ready) return this.#recording;
		const committing = this.#recording.then(async () => {
			const value = $state.snapshot(this.value) as T;
			const key = record.key(value);
			if (key === this.#recordKey) {
				if (this.recordStatus === 'saving') this.recordStatus = 'saved';
				return;
			}
			try {
				const result = await record.save(value);
				this.#recordKey = result.key;
				this.recordStatus = this.dirty ? 'saving' : 'saved';
				if (this.dirty) this.#scheduleRecord();
				// The record says everything the draft said: drop the draft, so an old copy can never override a
				// record changed later elsewhere. A change typed meanwhile makes the draft write itself again.
				if (result.complete) await this.#dropStored(JSON.stringify(value));
			} catch (error) {
				console.error('Could not save', this.#key, error);
				this.problem = classifyWriteError(error);
				this.recordStatus = 'failed';
			}
		});
		this.#recording = committing;
		recordSaves.add(committing);
		void committing.finally(() => recordSaves.delete(committing));
		return committing;
	}

	/** Deletes the stored draft if it holds `json` and nothing newer is on screen or on its way. */
	async #dropStored(json: string): Promise<void> {
		await this.flush();
		if (JSON.stringify($state.snapshot(this.value)) !== json) return;
		await this.#db.transaction('rw', this.#db.drafts, async () => {
			const row = await this.#db.drafts.get(this.#key);
			if (row && JSON.stringify(row.value) === json) await deleteDraft(this.#db, this.#key);
		});
	}

	get #mirrorKey(): string {
		return `between-draft:${this.#db.name}:${this.#key}`;
	}

	#readMirror(): Mirror | undefined {
		try {
			const text = mirrorStore()?.getItem(this.#mirrorKey);
			return text ? (JSON.parse(text) as Mirror) : undefined;
		} catch {
			return undefined;
		}
	}

	#writeMirror(json: string): void {
		try {
			mirrorStore()?.setItem(this.#mirrorKey, `{"at":${Date.now()},"value":${json}}`);
		} catch {
			// Full or unavailable: the IndexedDB write below still runs and reports its own outcome.
		}
	}

	#clearMirror(json?: string): void {
		try {
			const store = mirrorStore();
			if (!store) return;
			// Only the value this write stored: a newer keystroke's mirror stays until its own write is done.
			if (json !== undefined) {
				const mirror = this.#readMirror();
				if (mirror && JSON.stringify(mirror.value) !== json) return;
			}
			store.removeItem(this.#mirrorKey);
		} catch {
			// Nothing to clear.
		}
	}

	async #load(): Promise<void> {
		try {
			const mirror = this.#readMirror();
			const row = await getDraft(this.#db, this.#key);
			// Keys pressed while the stored draft was being read.
			const typedBefore = JSON.stringify($state.snapshot(this.value)) !== this.#lastSaved;
			const stored = mirror ? mirror.value : row?.value;
			if (row) {
				this.#written = JSON.stringify(row.value);
				this.#know(this.#written);
				this.#seen = this.#written;
				this.#basis = this.#written;
			}
			const aside = await getDraft(this.#db, setAsideKey(this.#key));
			if (aside) this.#setAside = wordsOf(aside.value);
			if (stored === undefined) return;
			if (!this.#accepts(stored)) {
				await this.#putAside(stored);
				this.#clearMirror();
				if (row) await deleteDraft(this.#db, this.#key);
				return;
			}
			const restored = { ...this.#initial(), ...(stored as Partial<T>) } as T;
			if (typedBefore) {
				this.#merge(restored);
			} else {
				this.value = restored;
				this.#lastSaved = mirror ? '' : JSON.stringify(this.value);
			}
			this.restored = true;
			this.status = mirror ? 'saving' : 'saved';
		} catch (error) {
			console.error('Could not read draft', this.#key, error);
		} finally {
			this.ready = true;
			// A mirror newer than the stored draft, or keys typed while loading, go to storage now.
			if (JSON.stringify($state.snapshot(this.value)) !== this.#lastSaved) void this.flush();
		}
	}

	#know(json: string): void {
		this.#known.push(json);
		if (this.#known.length > 50) this.#known.shift();
	}

	/** The stored draft changed. From another tab: follow it when nothing here is unsaved, else offer it beside. */
	#onStored(stored: unknown, replaces?: string): void {
		const json = stored === undefined ? undefined : JSON.stringify(stored);
		const previous = this.#seen;
		this.#seen = json;
		if (json !== undefined && this.#known.includes(json)) return;
		// A form that saves its record follows another tab through the record (which it merges), not its draft:
		// a draft is half-typed, and following one would save another tab's words as this tab's edit.
		if (this.#record) return;
		const current = JSON.stringify($state.snapshot(this.value));
		if (json === undefined) {
			// Saved or cancelled elsewhere; words here that were never stored go back to storage.
			if (previous === undefined || current === previous || current === JSON.stringify(this.#initial()))
				return;
			this.#lastSaved = '';
			void this.flush();
			return;
		}
		if (json === current) return this.#know(json);
		if (!this.#accepts(stored)) return;
		const theirs = { ...this.#initial(), ...(stored as Partial<T>) } as T;
		const unsaved = current !== this.#lastSaved || this.#timer !== undefined;
		// Following is safe when nothing here is lost: the form is empty, or their words grew from these.
		const grewFromMine =
			replaces === draftFingerprint(current) || current === JSON.stringify(this.#initial());
		if (!unsaved && grewFromMine) {
			this.value = theirs;
			this.#lastSaved = JSON.stringify(theirs);
			this.#written = json;
			this.#basis = json;
			this.#know(json);
			this.#know(this.#lastSaved);
			return;
		}
		// Another tab's different words: offered here to copy, and these words kept on screen and stored beside
		// them (they were just written over), so that saving in either tab loses neither.
		this.#setAside = wordsOf(theirs);
		if (!unsaved) void this.#keepAside(current);
	}

	/** Stores this form's words under the set-aside key, where the form offers them again after a reload. */
	async #keepAside(json: string): Promise<void> {
		try {
			await putDraft(this.#db, setAsideKey(this.#key), JSON.parse(json), localInstant(this.#now()));
		} catch (error) {
			console.error('Could not keep a draft beside another tab’s', this.#key, error);
		}
	}

	/** Keys were pressed before the stored draft arrived: keep them, fill only the fields still empty. */
	#merge(restored: T): void {
		const empty = this.#initial() as Record<string, unknown>;
		const typed = $state.snapshot(this.value) as Record<string, unknown>;
		const from = restored as Record<string, unknown>;
		let clash = false;
		for (const field of Object.keys(from)) {
			const mine = JSON.stringify(typed[field]);
			if (mine === JSON.stringify(empty[field])) typed[field] = from[field];
			else if (mine !== JSON.stringify(from[field])) clash = true;
		}
		this.value = typed as T;
		if (clash) this.#setAside = wordsOf(restored);
	}

	async #putAside(stored: unknown): Promise<void> {
		this.#setAside = wordsOf(stored);
		try {
			await putDraft(this.#db, setAsideKey(this.#key), stored, localInstant(this.#now()));
		} catch (error) {
			console.error('Could not set a draft aside', this.#key, error);
		}
	}

	#schedule(): void {
		const now = Date.now();
		this.#pendingSince ??= now;
		clearTimeout(this.#timer);
		this.status = 'saving';
		const wait = Math.max(0, Math.min(this.#delay, this.#pendingSince + this.#maxWait - now));
		this.#timer = setTimeout(() => void this.flush(), wait);
	}

	/**
	 * Writes the current value now if it changed since the last save. The write starts before this returns, so a
	 * `pagehide` handler that calls it is not frozen before the transaction exists.
	 */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#pendingSince = undefined;
		if (!this.ready) return this.#saving;
		const snapshot = $state.snapshot(this.value);
		const json = JSON.stringify(snapshot);
		if (json === this.#lastSaved) return this.#saving;
		this.#writeMirror(json);
		this.#know(json);
		const write = ++this.#writes;
		// IndexedDB runs transactions on one store in the order they were made, so there is no need to chain.
		const replaces = draftFingerprint(this.#basis);
		this.#basis = json;
		const saved = putDraft(this.#db, this.#key, snapshot, localInstant(this.#now()), replaces).then(
			() => {
				this.#clearMirror(json);
				this.#written = json;
				if (write < this.#writes) return;
				this.#lastSaved = json;
				this.status = 'saved';
			},
			(error) => {
				console.error('Could not save draft', this.#key, error);
				if (write === this.#writes) this.status = 'failed';
			}
		);
		this.#saving = Promise.allSettled([this.#saving, saved]).then(() => undefined);
		return this.#saving;
	}

	/** The form was submitted or cancelled: forget the draft and start empty. */
	async discard(): Promise<void> {
		clearTimeout(this.#timer);
		this.#pendingSince = undefined;
		this.value = this.#initial();
		this.#lastSaved = JSON.stringify(this.value);
		this.restored = false;
		this.status = 'idle';
		this.#setAside = undefined;
		this.#clearMirror();
		await this.#saving;
		// A save that was in flight has just marked its older value as stored; the draft is gone, so the
		// empty form is what storage holds. Without this a form that stays open would write itself back.
		this.#lastSaved = JSON.stringify(this.#initial());
		this.status = 'idle';
		// Only what this tab wrote or loaded: another tab typing into the same form keeps its draft.
		const mine = this.#written;
		await this.#db.transaction('rw', this.#db.drafts, async () => {
			const row = await this.#db.drafts.get(this.#key);
			if (row && JSON.stringify(row.value) === mine) await deleteDraft(this.#db, this.#key);
		});
	}
}
