import { getContext, setContext } from 'svelte';
import { createDb, isNewerThanThisApp, type Db } from '$lib/db/db';
import { classifyOpenError, type OpenProblem } from '$lib/db/open-error';
import { defaultSettings, SETTINGS_ID, settingsFromRow, type Settings } from '$lib/domain/settings';
import { localInstant } from '$lib/domain/time';
import { flushDrafts } from '$lib/state/draft.svelte';

export interface AppOptions {
	db: Db | null;
	settings?: Settings;
	problem?: OpenProblem | null;
	/** The clock and id source, passed in so tests control them. */
	now?: () => Date;
	newId?: () => string;
}

/** What every screen shares: the open database, the settings, and whether storage is usable. */
export class App {
	readonly db: Db | null;
	readonly now: () => Date;
	readonly newId: () => string;
	settings = $state<Settings>(defaultSettings());
	problem = $state<OpenProblem | null>(null);
	/** Another tab opened a newer schema: this one saved its drafts, closed the database and asks to reload. */
	replacedByNewerVersion = $state(false);

	constructor({
		db,
		settings,
		problem = null,
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh instant each call, never mutated
		now = () => new Date(),
		newId = () => crypto.randomUUID()
	}: AppOptions) {
		this.db = db;
		this.now = now;
		this.newId = newId;
		this.problem = problem;
		if (settings) this.settings = settings;
	}

	/** The current instant as stored in records (local time with offset). */
	stamp(): string {
		return localInstant(this.now());
	}

	/** The database, for a screen that needs it; screens render the storage problem instead when it is missing. */
	get store(): Db {
		if (!this.db) throw new Error('Storage is not available.');
		return this.db;
	}

	async updateSettings(changes: Partial<Settings>): Promise<void> {
		// Loaded on first use: validating writes is not needed to render the first screen.
		const { updateSettings } = await import('$lib/db/settings');
		this.settings = await updateSettings(this.store, changes, this.stamp());
	}
}

/** Opens the database and reads the settings; a failure becomes a problem the shell explains, never a blank page. */
export async function startApp(options: Omit<AppOptions, 'db'> & { dbName?: string } = {}): Promise<App> {
	const db = createDb(options.dbName);
	let app: App | undefined;
	// Another tab is upgrading the schema: save what is half-typed, step aside, and ask to reload.
	db.on('versionchange', () => {
		void flushDrafts().finally(() => {
			db.close();
			if (app) app.replacedByNewerVersion = true;
		});
		return false;
	});
	try {
		if (await isNewerThanThisApp(db.name))
			throw Object.assign(new Error('newer schema'), { name: 'VersionError' });
		const opened = await Promise.race([
			db.open(),
			new Promise<never>((_, reject) =>
				db.on('blocked', () => reject(Object.assign(new Error('blocked'), { name: 'BlockedError' })))
			)
		]);
		app = new App({
			...options,
			db: opened as Db,
			settings: settingsFromRow(await db.settings.get(SETTINGS_ID))
		});
	} catch (error) {
		console.error('Between could not open its database', error);
		app = new App({ ...options, db: null, problem: classifyOpenError(error) });
	}
	return app;
}

const KEY = Symbol('between-app');

export const setApp = (app: App) => setContext(KEY, app);

export function getApp(): App {
	const app = getContext<App | undefined>(KEY);
	if (!app) throw new Error('getApp() needs the root layout (or a test) to call setApp() first.');
	return app;
}

/** For tests: the context map a component needs to find the app. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a context map, read once at mount
export const appContext = (app: App) => new Map<symbol, unknown>([[KEY, app]]);
