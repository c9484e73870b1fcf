import { flushSync } from 'svelte';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import { getDraft } from '$lib/db/drafts';
import { Draft, flushDrafts } from '$lib/state/draft.svelte';
import { freshDbName } from '../factories';

let db: Db;
const roots: (() => void)[] = [];
beforeEach(async () => {
	db = createDb(freshDbName());
	await db.open();
});
afterEach(async () => {
	for (const destroy of roots.splice(0)) destroy();
	db.close();
	await Dexie.delete(db.name);
});

/** A Draft living inside an effect root, as it would inside a component. */
function makeDraft(key: string, delay = 10) {
	let draft!: Draft<{ text: string; items: string[] }>;
	roots.push(
		$effect.root(() => {
			draft = new Draft(db, key, () => ({ text: '', items: [] as string[] }), { delay });
		})
	);
	return draft;
}

describe('the draft store', () => {
	test('saves every change, however deep, and restores it in a new form', async () => {
		const first = makeDraft('worksheet:new');
		await vi.waitFor(() => expect(first.ready).toBe(true));
		first.value.text = 'At 11 pm I thought';
		first.value.items.push('a hot thought');
		flushSync();
		await vi.waitFor(async () =>
			expect((await getDraft(db, 'worksheet:new'))?.value).toEqual({
				text: 'At 11 pm I thought',
				items: ['a hot thought']
			})
		);
		expect(first.status).toBe('saved');

		const again = makeDraft('worksheet:new');
		await vi.waitFor(() => expect(again.restored).toBe(true));
		expect(again.value).toEqual({ text: 'At 11 pm I thought', items: ['a hot thought'] });
	});

	test('an untouched form writes nothing', async () => {
		const draft = makeDraft('untouched');
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		await flushDrafts();
		expect(await db.drafts.count()).toBe(0);
		expect(draft.restored).toBe(false);
	});

	test('flushDrafts writes a pending change at once, without waiting for the pause', async () => {
		const draft = makeDraft('slow', 60_000);
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		draft.value.text = 'typed just before an update';
		flushSync();
		expect(await getDraft(db, 'slow')).toBeUndefined();
		await flushDrafts();
		expect((await getDraft(db, 'slow'))?.value).toEqual({ text: 'typed just before an update', items: [] });
	});

	test('discard forgets the draft and empties the form', async () => {
		const draft = makeDraft('done');
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		draft.value.text = 'saved for real now';
		flushSync();
		await flushDrafts();
		await draft.discard();
		expect(draft.value).toEqual({ text: '', items: [] });
		expect(await getDraft(db, 'done')).toBeUndefined();
	});

	test('a save in flight when the form is discarded does not bring an empty draft back', async () => {
		const draft = makeDraft('stays-open', 0);
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		draft.value.text = 'saved for real, form stays open';
		flushSync();
		// The save starts, then the record is saved and the form discarded before that write finishes.
		const inFlight = draft.flush();
		await draft.discard();
		await inFlight;
		await flushDrafts();
		expect(await getDraft(db, 'stays-open')).toBeUndefined();
		expect(draft.status).toBe('idle');
	});
});
