import { render } from '@testing-library/svelte';
import Dexie from 'dexie';
import type { Component } from 'svelte';
import { afterEach } from 'vitest';
import { createDb } from '$lib/db/db';
import { App } from '$lib/state/app.svelte';
import WithApp from './WithApp.svelte';
import { freshDbName } from '../factories';

const opened: Dexie[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

let ids = 0;

/** A fresh, open database and the App around it, with a fixed clock (or one the test moves) and predictable ids. */
export async function makeApp(now: Date | (() => Date) = new Date('2026-11-22T09:30:00Z')): Promise<App> {
	const db = createDb(freshDbName());
	opened.push(db);
	await db.open();
	return new App({
		db,
		now: typeof now === 'function' ? now : () => now,
		newId: () => `20000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`
	});
}

/** Renders a feature component inside `app`, as the root layout would. */
export function renderWithApp<Props extends Record<string, unknown>>(
	component: Component<Props>,
	app: App,
	props?: Props
) {
	return render(WithApp, {
		props: { app, component: component as Component<Record<string, unknown>>, props: props ?? {} }
	});
}
