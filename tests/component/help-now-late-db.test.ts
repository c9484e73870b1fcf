import { screen } from '@testing-library/svelte';
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { App, openApp } from '$lib/state/app.svelte';
import HelpNow from '$lib/features/help-now/HelpNow.svelte';
import { makeApp, renderWithApp } from './render';
import { freshDbName } from '../factories';

test('Help now shows the crisis lines before storage opens, and the client’s people once it has', async () => {
	const opened = await makeApp();
	const app = new App({ db: null, now: opened.now });
	renderWithApp(HelpNow, app);
	expect(screen.getAllByRole('link', { name: /Call/ }).length).toBeGreaterThan(0);
	expect(screen.queryByRole('button', { name: 'Add someone' })).toBeNull();
	app.db = opened.store;
	expect(await screen.findByRole('button', { name: 'Add someone' })).toBeInTheDocument();
});

test('Help now shows the client’s people once the App has opened its database in the background', async () => {
	const { app, opened } = openApp({ dbName: freshDbName() });
	renderWithApp(HelpNow, app);
	expect(screen.getAllByRole('link', { name: /Call/ }).length).toBeGreaterThan(0);
	await opened;
	expect(app.status).toBe('open');
	expect(await screen.findByRole('button', { name: 'Add someone' })).toBeInTheDocument();
	app.store.close();
	await Dexie.delete(app.store.name);
});
