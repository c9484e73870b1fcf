import { flushSync } from 'svelte';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDb, type Db } from '$lib/db/db';
import { getDraft } from '$lib/db/drafts';
import { App } from '$lib/state/app.svelte';
import { Draft, flushDrafts, setAsideKey } from '$lib/state/draft.svelte';
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
			draft = new Draft(new App({ db }), key, () => ({ text: '', items: [] as string[] }), { delay });
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

describe('a draft under steady typing and sudden ends', () => {
	afterEach(() => vi.useRealTimers());

	test('typing that never pauses is still stored within the max wait', async () => {
		const draft = makeDraft('steady', 250);
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		vi.useFakeTimers();
		const text = 'I kept typing and never paused';
		let stored: unknown;
		for (const [index, letter] of [...text].entries()) {
			draft.value.text += letter;
			flushSync();
			vi.advanceTimersByTime(100);
			if (index === 6) {
				vi.useRealTimers();
				stored = await vi.waitFor(async () => {
					const row = await getDraft(db, 'steady');
					expect(row).toBeDefined();
					return row?.value;
				});
				vi.useFakeTimers();
			}
		}
		// Seven keys 100 ms apart: the 250 ms pause never came, the 500 ms max wait did.
		expect((stored as { text: string }).text.length).toBeGreaterThanOrEqual(5);
	});

	test('a flush starts its write and mirrors the value before it returns', async () => {
		const draft = makeDraft('hidden', 60_000);
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		draft.value.text = 'the last key before the tab closed';
		flushSync();
		void flushDrafts();
		const mirrored = localStorage.getItem(`between-draft:${db.name}:hidden`);
		expect(JSON.parse(mirrored ?? '{}').value.text).toBe('the last key before the tab closed');
		await vi.waitFor(() => expect(draft.status).toBe('saved'));
		expect(localStorage.getItem(`between-draft:${db.name}:hidden`)).toBeNull();
	});

	test('a mirror left by a write that never finished wins over the older stored draft', async () => {
		await db.drafts.put({ key: 'killed', value: { text: 'old', items: [] }, createdAt: 'x', updatedAt: 'x' });
		localStorage.setItem(
			`between-draft:${db.name}:killed`,
			JSON.stringify({ at: 1, value: { text: 'old and the newest words', items: [] } })
		);
		const draft = makeDraft('killed');
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		expect(draft.value.text).toBe('old and the newest words');
		await vi.waitFor(async () =>
			expect((await getDraft(db, 'killed'))?.value).toMatchObject({ text: 'old and the newest words' })
		);
	});
});

describe('a stored draft that does not fit', () => {
	test.each([
		['a field null', { text: null, items: [] }, '{"text":null,"items":[]}'],
		['an older shape', { text: 'kept words', items: 'one item' }, 'kept words\n\none item'],
		['not an object', 'plain text', 'plain text']
	])('%s is set aside as text and the form starts fresh', async (_, value, words) => {
		await db.drafts.put({ key: 'odd', value, createdAt: 'x', updatedAt: 'x' });
		const draft = makeDraft('odd');
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		expect(draft.value).toEqual({ text: '', items: [] });
		expect(draft.setAside).toBe(words);
		expect((await getDraft(db, setAsideKey('odd')))?.value).toEqual(value);
		draft.value.text = 'the form works';
		flushSync();
		await vi.waitFor(async () =>
			expect((await getDraft(db, 'odd'))?.value).toEqual({ text: 'the form works', items: [] })
		);
	});
});

describe('keys pressed before the stored draft arrives', () => {
	test('are kept; the stored draft fills only the fields still empty', async () => {
		await db.drafts.put({
			key: 'early',
			value: { text: 'from last time', items: ['kept'] },
			createdAt: 'x',
			updatedAt: 'x'
		});
		let draft!: Draft<{ text: string; items: string[]; title: string }>;
		roots.push(
			$effect.root(() => {
				draft = new Draft(new App({ db }), 'early', () => ({ text: '', items: [] as string[], title: '' }), {
					delay: 10
				});
			})
		);
		draft.value.title = 'typed at once';
		draft.value.text = 'also typed at once';
		await vi.waitFor(() => expect(draft.ready).toBe(true));
		expect(draft.value).toEqual({ text: 'also typed at once', items: ['kept'], title: 'typed at once' });
		expect(draft.setAside).toContain('from last time');
	});
});

describe('two tabs on one form', () => {
	test('saving in one tab leaves the draft another tab typed since', async () => {
		const tabA = makeDraft('check-in:new');
		await vi.waitFor(() => expect(tabA.ready).toBe(true));
		tabA.value.text = 'typed in tab A';
		flushSync();
		await flushDrafts();
		const tabB = makeDraft('check-in:new');
		await vi.waitFor(() => expect(tabB.ready).toBe(true));
		tabB.value.text = 'typed in tab B, still to be saved';
		flushSync();
		await flushDrafts();
		await tabA.discard();
		expect((await getDraft(db, 'check-in:new'))?.value).toEqual({
			text: 'typed in tab B, still to be saved',
			items: []
		});
	});

	test('what only this tab wrote goes once it is saved', async () => {
		const tabA = makeDraft('check-in:new');
		await vi.waitFor(() => expect(tabA.ready).toBe(true));
		tabA.value.text = 'typed in tab A';
		flushSync();
		await flushDrafts();
		await tabA.discard();
		expect(await getDraft(db, 'check-in:new')).toBeUndefined();
	});
});

describe('two tabs following each other', () => {
	test('a tab with nothing unsaved shows what the other tab typed', async () => {
		const tabA = makeDraft('contact:new');
		const tabB = makeDraft('contact:new');
		await vi.waitFor(() => expect(tabA.ready && tabB.ready).toBe(true));
		tabA.value.text = 'Sam, after six';
		flushSync();
		await flushDrafts();
		await vi.waitFor(() => expect(tabB.value.text).toBe('Sam, after six'));
	});

	test('a tab with its own unsaved words is offered the other tab’s words beside them', async () => {
		const tabA = makeDraft('contact:new', 60_000);
		const tabB = makeDraft('contact:new', 60_000);
		await vi.waitFor(() => expect(tabA.ready && tabB.ready).toBe(true));
		tabB.value.text = 'typed in tab B';
		flushSync();
		await tabA.flush();
		tabA.value.text = 'typed in tab A';
		flushSync();
		await tabA.flush();
		await vi.waitFor(() => expect(tabB.setAside).toBe('typed in tab A'));
		expect(tabB.value.text).toBe('typed in tab B');
	});

	test('a tab whose draft was saved away elsewhere writes back the words it still holds', async () => {
		const tabA = makeDraft('check-in:new');
		await vi.waitFor(() => expect(tabA.ready).toBe(true));
		tabA.value.text = 'first words';
		flushSync();
		await flushDrafts();
		const tabB = makeDraft('check-in:new', 60_000);
		await vi.waitFor(() => expect(tabB.ready).toBe(true));
		tabB.value.text = 'first words and more from tab B';
		flushSync();
		// Tab A saves its check-in before tab B's pause is over.
		await tabA.discard();
		await vi.waitFor(async () =>
			expect((await getDraft(db, 'check-in:new'))?.value).toEqual({
				text: 'first words and more from tab B',
				items: []
			})
		);
	});
});
