import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Toast from '$lib/ui/Toast.svelte';

// A toast leaves by itself once it could be read, stays while the person is on it, and waits longer when it
// offers Undo. The clock is Vitest's, so nothing here depends on the machine's speed.

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
	vi.useRealTimers();
});

const show = (props: { actionLabel?: string; onaction?: () => void } = {}) => {
	const ondismiss = vi.fn();
	render(Toast, { message: 'Check-in deleted.', ondismiss, dismissLabel: 'Dismiss', ...props });
	return ondismiss;
};

describe('a toast', () => {
	test('is announced politely and leaves by itself after six seconds', async () => {
		const ondismiss = show();
		expect(screen.getByRole('status')).toHaveTextContent('Check-in deleted.');
		await vi.advanceTimersByTimeAsync(5_999);
		expect(ondismiss).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(ondismiss).toHaveBeenCalledOnce();
	});

	test('with Undo it stays ten seconds', async () => {
		const ondismiss = show({ actionLabel: 'Undo', onaction: () => {} });
		await vi.advanceTimersByTimeAsync(9_999);
		expect(ondismiss).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(ondismiss).toHaveBeenCalledOnce();
	});

	test('never leaves while pointed at or focused, and leaves after it is let go', async () => {
		const ondismiss = show({ actionLabel: 'Undo', onaction: () => {} });
		const undo = screen.getByRole('button', { name: 'Undo' });
		const toast = screen.getByRole('status');
		await fireEvent.pointerEnter(toast);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(ondismiss).not.toHaveBeenCalled();
		await fireEvent.pointerLeave(toast);
		await fireEvent.focusIn(undo);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(ondismiss).not.toHaveBeenCalled();
		await fireEvent.focusOut(undo, { relatedTarget: document.body });
		await vi.advanceTimersByTimeAsync(10_000);
		expect(ondismiss).toHaveBeenCalledOnce();
	});

	test('a longer message stays longer', async () => {
		const ondismiss = vi.fn();
		const message = 'This note could not be stored because the phone is full. Copy it before you leave.';
		render(Toast, { message, ondismiss, dismissLabel: 'Dismiss' });
		await vi.advanceTimersByTimeAsync(6_000);
		expect(ondismiss).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(ondismiss).toHaveBeenCalledOnce();
	});
});
