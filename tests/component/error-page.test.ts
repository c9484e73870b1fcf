import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import ErrorPage from '../../src/routes/+error.svelte';

// The root error page reads the status from SvelteKit's page state; here the test sets it.
const state = vi.hoisted(() => ({
	page: { status: 404, url: new URL('http://localhost/check-in/%E0%A4%A') }
}));
vi.mock('$app/state', () => state);

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the one error page', () => {
	test.each([
		{ status: 404, title: 'This page is not here', detail: /The link may be old/, reload: false },
		{ status: 500, title: 'Something went wrong', detail: /Reload to try again/, reload: true }
	])(
		'status $status: a clear message, the way on, and Help now',
		async ({ status, title, detail, reload }) => {
			state.page.status = status;
			vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
			const open = vi.spyOn(indexedDB, 'open');
			// Rendered alone, as SvelteKit renders it outside the client's shell: no App, no database.
			render(ErrorPage);

			expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
			expect(screen.getByText(detail)).toBeInTheDocument();
			expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
			expect(screen.queryByRole('button', { name: 'Reload' }) !== null).toBe(reload);

			// Help now: the button in the top bar, and the crisis lines themselves (jsdom's language is en-US).
			expect(screen.getByRole('link', { name: 'Help now: crisis lines and your people' })).toHaveAttribute(
				'href',
				'/help'
			);
			expect(await screen.findByRole('heading', { name: 'Crisis lines: United States' })).toBeInTheDocument();
			expect(screen.getByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline, 988' })).toHaveAttribute(
				'href',
				'tel:988'
			);
			expect(screen.getByText(/call emergency services now/)).toBeInTheDocument();
			// Nothing on it waits for, or even opens, storage.
			expect(open).not.toHaveBeenCalled();
		}
	);
});
