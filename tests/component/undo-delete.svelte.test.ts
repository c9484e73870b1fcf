import { describe, expect, it, vi } from 'vitest';
import { UndoDelete } from '$lib/state/undo-delete.svelte';

describe('UndoDelete: the toast after a delete, with undo', () => {
	it('says what was deleted and offers it back until undone', async () => {
		const restore = vi.fn(async () => {});
		const undo = new UndoDelete<{ id: string }>(restore, 'Check-in restored.');
		undo.deleted({ id: 'a' }, 'Check-in deleted.');
		expect(undo.toast).toBe('Check-in deleted.');
		expect(undo.removed).toEqual({ id: 'a' });

		await undo.undo();
		expect(restore).toHaveBeenCalledExactlyOnceWith({ id: 'a' });
		expect(undo.removed).toBeNull();
		expect(undo.toast).toBe('Check-in restored.');

		// Nothing left to undo: a second tap restores nothing twice.
		await undo.undo();
		expect(restore).toHaveBeenCalledTimes(1);
	});

	it('says nothing after an undo unless given words for it', async () => {
		const undo = new UndoDelete<string>(async () => {});
		undo.deleted('memory', 'Memory deleted.');
		await undo.undo();
		expect(undo.toast).toBeNull();
	});

	it('keeps the record to try again when putting it back fails', async () => {
		const undo = new UndoDelete<string>(async () => {
			throw new Error('storage is full');
		});
		undo.deleted('plan', 'Plan deleted.');
		await expect(undo.undo()).rejects.toThrow('storage is full');
		expect(undo.removed).toBe('plan');
		expect(undo.toast).toBe('Plan deleted.');
	});

	it('drops the offer on other news and when dismissed', () => {
		const undo = new UndoDelete<string>(async () => {});
		undo.deleted('contact', 'Sam deleted.');
		undo.say('Alex saved.');
		expect(undo.removed).toBeNull();
		expect(undo.toast).toBe('Alex saved.');

		undo.deleted('contact', 'Alex deleted.');
		undo.dismiss();
		expect(undo.removed).toBeNull();
		expect(undo.toast).toBeNull();
	});
});
