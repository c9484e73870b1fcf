import { createContext } from 'svelte';
import type { Subscription } from 'dexie';
import type { Db } from '$lib/db/db';
import { classifyOpenError, type OpenProblem } from '$lib/db/open-error';
import { defaultSettings, SETTINGS_ID, settingsFromRow, type Settings } from '$lib/domain/settings';
import { localInstant } from '$lib/domain/time';
import { flushDrafts } from './open-drafts';
import { loadDexie } from './dexie-runtime';

export interface AppOptions {
	db: Db | null;
	settings?: Settings;
	problem?: OpenProblem | null;
	/** The clock and id source, passed in so tests control them. */
	now?: () => Date;
	newId?: () => string;
}

/** Where the database stands: still opening, open, or failed with a problem the shell explains. */
export type AppStatus = 'opening' | 'open' | 'failed';

/**
 * What every screen shares: the database, the settings, and whether storage is usable. The App exists before
 * the database has opened, so the shell and Help now render at once; screens that need data wait for `db`.
 */
export class App {
	db = $state.raw<Db | null>(null);
	readonly now: () => Date;
	readonly newId: () => string;
	settings = $state<Settings>(defaultSettings());
	problem = $state<OpenProblem | null>(null);
	/** Another tab opened a newer schema: this one saved its drafts, closed the database and asks to reload. */
	replacedByNewerVersion = $state(false);
	readonly status: AppStatus = $derived(this.db ? 'open' : this.problem ? 'failed' : 'opening');

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

	/** The database, for a screen that needs it; the shell renders such screens only once it is open. */
	get store(): Db {
		if (!this.db) throw new Error('Storage is not available.');
		return this.db;
	}

	/**
	 * Settings writes of this tab not yet stored: while there are any, the stored row the live query reports is
	 * older than what is on screen, and is not applied (a country just chosen would flick back for a moment).
	 */
	settingsWrites = 0;

	async updateSettings(changes: Partial<Settings>): Promise<void> {
		this.settingsWrites += 1;
		try {
			// Loaded on first use: validating writes is not needed to render the first screen.
			const { updateSettings } = await import('$lib/db/settings');
			this.settings = await updateSettings(this.store, changes, this.stamp());
		} finally {
			this.settingsWrites -= 1;
		}
	}

	/** Changes chosen before storage opened: shown at once, written as it opens (open() below). */
	pendingSettings: Partial<Settings> = {};

	/**
	 * A choice that must never wait on storage (the country on Help now): shown at once, and stored now or, if the
	 * database is still opening, the moment it opens, so the stored row read then does not undo it.
	 */
	async chooseSettings(changes: Partial<Settings>): Promise<void> {
		this.settings = { ...this.settings, ...changes };
		if (this.db) return this.updateSettings(changes);
		Object.assign(this.pendingSettings, changes);
	}
}

/** Opens `db` for `app`, and keeps `app.settings` following the stored row, whichever tab changes it. */
async function open(app: App, name: string | undefined): Promise<void> {
	let db: Db;
	let isNewerThanThisApp: (name: string) => Promise<boolean>;
	try {
		// The database code loads beside the first screen, not before it.
		const [module] = await Promise.all([
			import('$lib/db/db'),
			loadDexie(),
			import('$lib/db/read').then((read) => read.schemasReady())
		]);
		db = module.createDb(name);
		isNewerThanThisApp = module.isNewerThanThisApp;
	} catch (error) {
		console.error('Between could not load its storage code', error);
		app.problem = classifyOpenError(error);
		return;
	}
	// Another tab is upgrading the schema: save what is half-typed, step aside, and ask to reload.
	db.on('versionchange', () => {
		void flushDrafts().finally(() => {
			db.close();
			app.replacedByNewerVersion = true;
		});
		return false;
	});
	try {
		if (await isNewerThanThisApp(db.name))
			throw Object.assign(new Error('newer schema'), { name: 'VersionError' });
		// Another tab holds an older connection and blocks the upgrade: say so, and carry on the moment it lets go
		// (the open goes on waiting), so the client's people and plan join Help now without a reload.
		db.on('blocked', () => {
			if (!app.db) app.problem = 'blocked';
		});
		await db.open();
		// What the client chose while storage opened stays on screen throughout, never the stored row for a moment.
		app.settings = { ...settingsFromRow(await db.settings.get(SETTINGS_ID)), ...app.pendingSettings };
		while (Object.keys(app.pendingSettings).length) await writePendingSettings(app, db);
		followSettings(app, db, (await loadDexie()).liveQuery);
		app.problem = null;
		app.db = db;
	} catch (error) {
		console.error('Between could not open its database', error);
		app.problem = classifyOpenError(error);
	}
}

/**
 * Writes what was chosen while storage opened. A choice that cannot be written stays on screen for this visit
 * and never stops storage from opening: the client's people and plan matter more than remembering it.
 */
async function writePendingSettings(app: App, db: Db): Promise<void> {
	const pending = app.pendingSettings;
	app.pendingSettings = {};
	try {
		const { updateSettings } = await import('$lib/db/settings');
		const stored = await updateSettings(db, pending, app.stamp());
		// A choice made during the write is still pending, and shown.
		app.settings = { ...stored, ...app.pendingSettings };
	} catch (error) {
		console.error('Between could not store a setting chosen while it started', error);
	}
}

/** Settings changed in another tab (theme, region) apply here too, without a reload. */
function followSettings(app: App, db: Db, liveQuery: typeof import('dexie').liveQuery): Subscription {
	return liveQuery(() => db.settings.get(SETTINGS_ID)).subscribe({
		next: (row) => {
			if (app.settingsWrites > 0) return;
			const next = settingsFromRow(row);
			if (JSON.stringify(next) !== JSON.stringify(app.settings)) app.settings = next;
		},
		error: (error) => console.error('Between could not read its settings', error)
	});
}

export type OpenOptions = Omit<AppOptions, 'db'> & { dbName?: string };

/**
 * The App at once, with its database opening in the background: nothing waits for storage to render, and a
 * failure becomes a problem the shell explains, never a blank page. `opened` settles when the database is open
 * or has failed.
 */
export function openApp(options: OpenOptions = {}): { app: App; opened: Promise<App> } {
	const app = new App({ ...options, db: null });
	return { app, opened: open(app, options.dbName).then(() => app) };
}

/** The App once its database has opened (or failed to). */
export const startApp = (options: OpenOptions = {}): Promise<App> => openApp(options).opened;

/** The App for every component under the client layout (which sets it); tests set it through a wrapper. */
export const [getApp, setApp] = createContext<App>();
