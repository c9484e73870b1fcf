import { createSubscriber } from 'svelte/reactivity';
import { dexie, loadDexie } from './dexie-runtime';
import { SvelteSet } from 'svelte/reactivity';

/**
 * Live queries that failed, for the one notice the shell shows (features/shell/StorageNotice.svelte): a screen
 * whose data cannot be read says so instead of staying empty, and no screen handles it on its own.
 */
export const failedQueries = new SvelteSet<LiveQuery<unknown>>();

/**
 * A Dexie query as reactive state: `current` follows the database as it changes, in this tab and others.
 * After dexie-svelte-query's stateQuery, on `createSubscriber`: the query runs while something on screen reads
 * it and stops when nothing does, so it can be created anywhere (a component, a class field).
 */
export class LiveQuery<T> {
	#current = $state.raw<T | undefined>(undefined);
	#error = $state.raw<unknown>(undefined);
	#loading = $state(true);
	readonly #subscribe: () => void;

	/** `deps` is tracked: when any state it reads changes, the query runs again and `loading` is true until it answers. */
	constructor(query: () => T | Promise<T>, deps: () => unknown = () => undefined) {
		this.#subscribe = createSubscriber(() =>
			$effect.root(() => {
				$effect(() => {
					deps();
					this.#loading = true;
					let subscription: { unsubscribe(): void } | undefined;
					let stopped = false;
					const subscribe = ({ liveQuery }: typeof import('dexie')) => {
						if (stopped) return;
						subscription = liveQuery(query).subscribe({
							next: (value) => {
								this.#current = value;
								this.#error = undefined;
								this.#loading = false;
								failedQueries.delete(this);
							},
							error: (error) => {
								console.error('Between could not read', error);
								this.#error = error;
								this.#loading = false;
								failedQueries.add(this);
							}
						});
					};
					const ready = dexie();
					if (ready) subscribe(ready);
					else void loadDexie().then(subscribe);
					return () => {
						stopped = true;
						subscription?.unsubscribe();
						failedQueries.delete(this);
					};
				});
			})
		);
	}

	/** The latest result; while `loading` after an input changed, the previous one. */
	get current(): T | undefined {
		this.#subscribe();
		return this.#current;
	}

	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}

	/** True until the first result, and again from an input's change until the query answers. */
	get loading(): boolean {
		this.#subscribe();
		return this.#loading;
	}
}
