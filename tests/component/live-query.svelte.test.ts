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
