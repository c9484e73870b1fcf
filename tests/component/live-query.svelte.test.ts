import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { flushSync } from 'svelte';
import { expect, test, vi } from 'vitest';
import { LiveQuery } from '$lib/state/live-query.svelte';
import { freshDbName } from '../factories';

test('a live query follows its inputs and the database, and runs only while read', async () => {
	const db = new Dexie(freshDbName());
	db.version(1).stores({ rows: 'id' });
	await db.open();
	await db.table('rows').put({ id: 'a', n: 1 });
	let source = $state<Dexie | null>(null);
	const query = new LiveQuery(
		() => (source ? source.table('rows').get('a') : undefined),
		() => source
	);
	let seen: unknown;
	const destroy = $effect.root(() => {
		$effect(() => {
			seen = query.current;
		});
	});
	flushSync();
	await vi.waitFor(() => expect(query.loading).toBe(false));
	expect(seen).toBeUndefined();
	source = db;
	flushSync();
	await vi.waitFor(() => expect(seen).toEqual({ id: 'a', n: 1 }));
	await db.table('rows').put({ id: 'a', n: 2 });
	await vi.waitFor(() => expect(seen).toEqual({ id: 'a', n: 2 }));
	destroy();
	db.close();
});

// Help now's `{#if}` reads the query and `app.db` in one block: when the database arrived, that block re-ran in the
// same update as the query's input changed, and a query whose inputs were followed by an effect inside its
// subscriber (hung in the tree of its first reader) never ran again.
test('a live query follows its inputs when its first reader re-runs in the same update', async () => {
	const db = new Dexie(freshDbName());
	db.version(1).stores({ rows: 'id' });
	await db.open();
	await db.table('rows').put({ id: 'a', n: 1 });
	let source = $state<Dexie | null>(null);
	const query = new LiveQuery(
		() => (source ? source.table('rows').get('a') : undefined),
		() => source
	);
	const shown: unknown[] = [];
	const destroy = $effect.root(() => {
		// A render effect, as a template block is: it runs while the update walks the tree.
		$effect.pre(() => {
			shown.push({ open: source !== null, current: query.current });
		});
	});
	flushSync();
	await vi.waitFor(() => expect(query.loading).toBe(false));
	source = db;
	flushSync();
	await vi.waitFor(() => expect(shown.at(-1)).toEqual({ open: true, current: { id: 'a', n: 1 } }));
	await db.table('rows').put({ id: 'a', n: 2 });
	await vi.waitFor(() => expect(shown.at(-1)).toEqual({ open: true, current: { id: 'a', n: 2 } }));
	destroy();
	db.close();
});

test('a live query shows its previous result while loading after an input changed, then the new one', async () => {
	const db = new Dexie(freshDbName());
	db.version(1).stores({ rows: 'id' });
	await db.open();
	await db.table('rows').bulkPut([
		{ id: 'a', n: 1 },
		{ id: 'b', n: 2 }
	]);
	let id = $state('a');
	let release: (() => void) | undefined;
	const query = new LiveQuery(
		async () => {
			const row = await db.table('rows').get(id);
			// The second query waits until the test lets it answer.
			if (row.id === 'b') await new Promise<void>((resolve) => (release = resolve));
			return row;
		},
		() => id
	);
	const seen: { current: unknown; loading: boolean }[] = [];
	const destroy = $effect.root(() => {
		$effect(() => {
			seen.push({ current: query.current, loading: query.loading });
		});
	});
	flushSync();
	await vi.waitFor(() => expect(seen.at(-1)).toEqual({ current: { id: 'a', n: 1 }, loading: false }));
	id = 'b';
	flushSync();
	await vi.waitFor(() => expect(seen.at(-1)).toEqual({ current: { id: 'a', n: 1 }, loading: true }));
	// Still the first result while the second query is held.
	await vi.waitFor(() => expect(release).toBeDefined());
	expect(seen.at(-1)).toEqual({ current: { id: 'a', n: 1 }, loading: true });
	release?.();
	await vi.waitFor(() => expect(seen.at(-1)).toEqual({ current: { id: 'b', n: 2 }, loading: false }));
	destroy();
	db.close();
});
