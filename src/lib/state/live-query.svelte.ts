import { liveQuery } from 'dexie';

/**
 * A Dexie query as reactive state: `current` follows the database as it changes, in this tab and others.
 * After dexie-svelte-query's stateQuery. Create it while a component initialises (it owns an effect).
 */
export class LiveQuery<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(undefined);
	loading = $state(true);

	/** `deps` is read inside the effect, so the query restarts when any state it reads changes. */
	constructor(query: () => T | Promise<T>, deps: () => unknown = () => undefined) {
		$effect(() => {
			deps();
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.current = value;
					this.error = undefined;
					this.loading = false;
				},
				error: (error) => {
					this.error = error;
					this.loading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
