import type * as DexieModule from 'dexie';

type Dexie = typeof DexieModule;

// Dexie is not needed to paint the first screen: it loads beside it, started when the App opens the database.
// Anything holding an open database can use `dexie()` at once, since opening one loaded it.
let loaded: Dexie | undefined;
let loading: Promise<Dexie> | undefined;

export function loadDexie(): Promise<Dexie> {
	loading ??= import('dexie').then((module) => (loaded = module));
	return loading;
}

/** Dexie, once loaded (always so where a database is open); undefined before. */
export const dexie = (): Dexie | undefined => loaded;
