import { untrack } from 'svelte';
import { createSubscriber, SvelteSet } from 'svelte/reactivity';
import { dexie, loadDexie } from './dexie-runtime';

/**
 * Live queries that failed, for the one notice the shell shows (features/shell/StorageNotice.svelte): a screen
 * whose data cannot be read says so instead of staying empty, and no screen handles it on its own.
 */
export const failedQueries = new SvelteSet<object>();

/**
 * One Dexie subscription, for one value of a live query's inputs: it runs while something on screen reads it and
 * stops when nothing does (createSubscriber). It starts from the previous inputs' result, so a screen keeps
 * showing that while `loading`.
 */
class Feed<T> {
	current = $state.raw<T | undefined>();
	error = $state.raw<unknown>();
	loading = $state(true);
	readonly subscribe: () => void;

	constructor(query: () => T | Promise<T>, previous: T | undefined) {
		this.current = previous;
		this.subscribe = createSubscriber(() => {
			let subscription: { unsubscribe(): void } | undefined;
			let stopped = false;
			const start = ({ liveQuery }: typeof import('dexie')) => {
				if (stopped) return;
				subscription = liveQuery(query).subscribe({
					next: (value) => {
						this.current = value;
						this.error = undefined;
						this.loading = false;
						failedQueries.delete(this);
					},
					error: (error) => {
						console.error('Between could not read', error);
						this.error = error;
						this.loading = false;
						failedQueries.add(this);
					}
				});
			};
			const ready = dexie();
			if (ready) start(ready);
			else void loadDexie().then(start);
			return () => {
				stopped = true;
				subscription?.unsubscribe();
				failedQueries.delete(this);
			};
		});
	}
}

/**
 * A Dexie query as reactive state: `current` follows the database as it changes, in this tab and others.
 * After dexie-svelte-query's stateQuery, on `createSubscriber`: the query runs while something on screen reads
 * it and stops when nothing does, so it can be created anywhere (a component, a class field).
 *
 * The inputs are a `$derived` that makes a new subscription when they change, not an `$effect` inside the
 * subscriber: such an effect hangs in the effect tree of whichever reader subscribed first, and when that reader
 * re-ran in the same update as an input changed (Help now's `{#if}` reads both the query and `app.db`), the
 * effect was cut from the tree and never ran again, so the query kept its old inputs for good.
 */
export class LiveQuery<T> {
	readonly #feed: Feed<T>;
	#latest: Feed<T> | undefined;

	/**
	 * `deps` is tracked: when any state it reads changes, the query runs again and `loading` is true until it
	 * answers. What `query` reads is not tracked (Dexie runs it later, in its own zone): read inputs in `deps`.
	 */
	constructor(query: () => T | Promise<T>, deps: () => unknown = () => undefined) {
		this.#feed = $derived.by(() => {
			deps();
			return untrack(() => {
				const feed = new Feed(query, this.#latest?.current);
				this.#latest = feed;
				return feed;
			});
		});
	}

	/** The latest result; while `loading` after an input changed, the previous one. */
	get current(): T | undefined {
		const feed = this.#feed;
		feed.subscribe();
		return feed.current;
	}

	get error(): unknown {
		const feed = this.#feed;
		feed.subscribe();
		return feed.error;
	}

	/** True until the first result, and again from an input's change until the query answers. */
	get loading(): boolean {
		const feed = this.#feed;
		feed.subscribe();
		return feed.loading;
	}
}
