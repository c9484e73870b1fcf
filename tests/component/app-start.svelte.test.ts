import Dexie from 'dexie';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { latestVersion } from '$lib/db/migrations';
import { openApp, startApp, App } from '$lib/state/app.svelte';
import { Draft } from '$lib/state/draft.svelte';
import StorageNotice from '$lib/features/shell/StorageNotice.svelte';
import { freshDbName } from '../factories';

const names: string[] = [];
const fresh = () => {
	const name = freshDbName();
	names.push(name);
	return name;
};
afterEach(async () => {
	for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('starting the app', () => {
	test('opens the database at the latest version with default settings', async () => {
		const app = await startApp({ dbName: fresh() });
		expect(app.problem).toBeNull();
		expect(app.store.verno).toBe(latestVersion);
		expect(app.settings).toMatchObject({ theme: 'system', motion: 'system', region: null });
		app.store.close();
	});

	test('a country chosen the moment storage opens stays chosen: the stored row read before the write does not flick it back', async () => {
		const app = await startApp({ dbName: fresh() });
		const seen: (string | null)[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(app.settings.region);
			});
		});
		flushSync();
		const chosen = app.chooseSettings({ region: 'NZ' });
		flushSync();
		await chosen;
		// Let the live query report the stored row (before and after the write) a few times.
		for (let i = 0; i < 10; i += 1) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			flushSync();
		}
		// What was on screen, each change once: never back to no country after NZ.
		expect(seen.filter((region, i) => region !== seen[i - 1])).toEqual([null, 'NZ']);
		expect(app.settings.region).toBe('NZ');
		stop();
		app.store.close();
	});

	test('a database already upgraded by a newer version gives a clear problem, not a blank page', async () => {
		const name = fresh();
		const newer = new Dexie(name);
		newer.version(latestVersion + 50).stores({ somethingNew: 'id' });
		await newer.open();
		newer.close();
		const app = await startApp({ dbName: name });
		expect(app.problem).toBe('newer-version');
		expect(app.db).toBeNull();
		render(StorageNotice, { props: { app } });
		expect(screen.getByRole('alert')).toHaveTextContent('A newer version of Between has already been opened');
		expect(screen.getByText(/Help now still works/)).toBeInTheDocument();
	});

	test('when another tab upgrades the schema, this one saves its drafts, closes and asks to reload', async () => {
		const name = fresh();
		const app = await startApp({ dbName: name });
		let draft!: Draft<{ text: string }>;
		const destroy = $effect.root(() => {
			draft = new Draft(app, 'thought-record:new', () => ({ text: '' }), { delay: 60_000 });
		});
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		draft.value.text = 'written at my worst moment';
		flushSync();

		const newer = new Dexie(name);
		newer.version(latestVersion + 1).stores({ drafts: 'key, updatedAt', later: 'id' });
		await newer.open();
		await vi.waitFor(() => expect(app.replacedByNewerVersion).toBe(true));
		expect(app.store.isOpen()).toBe(false);
		expect((await newer.table('drafts').get('thought-record:new'))?.value).toEqual({
			text: 'written at my worst moment'
		});

		render(StorageNotice, { props: { app } });
		expect(screen.getByRole('alert')).toHaveTextContent('Between was updated in another tab');
		expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
		destroy();
		newer.close();
	});

	test('settings changes are stored and invalid ones rejected without a write', async () => {
		const app = await startApp({ dbName: fresh() });
		await app.updateSettings({ theme: 'dark', region: 'AU' });
		const again = await startApp({ dbName: app.store.name });
		expect(again.settings).toMatchObject({ theme: 'dark', region: 'AU' });
		await expect(app.updateSettings({ theme: 'purple' as never })).rejects.toThrow();
		expect((await startApp({ dbName: app.store.name })).settings.theme).toBe('dark');
		expect(app).toBeInstanceOf(App);
	});

	test('a country chosen before storage opens stays chosen, and is stored once it opens', async () => {
		const name = fresh();
		await (await startApp({ dbName: name })).updateSettings({ region: 'AU' });
		const { app, opened } = openApp({ dbName: name });
		expect(app.db).toBeNull();
		const shown: (string | null)[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				shown.push(app.settings.region);
			});
		});
		await app.chooseSettings({ region: 'NZ' });
		flushSync();
		expect(app.settings.region).toBe('NZ');
		await opened;
		flushSync();
		// The stored row (Australia) read as storage opened never undid the choice, not even for a moment.
		expect(app.settings.region).toBe('NZ');
		expect(shown).not.toContain('AU');
		stop();
		expect((await startApp({ dbName: name })).settings.region).toBe('NZ');
	});

	test('a choice that cannot be stored does not stop storage from opening', async () => {
		const { app, opened } = openApp({ dbName: fresh() });
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await app.chooseSettings({ theme: 'purple' as never });
		await opened;
		expect(app.problem).toBeNull();
		expect(app.db).not.toBeNull();
		expect(app.settings.theme).toBe('purple');
		expect((await startApp({ dbName: app.store.name })).settings.theme).toBe('system');
		vi.restoreAllMocks();
	});
});
