import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import HelpNow from '$lib/features/help-now/HelpNow.svelte';
import { makeApp, renderWithApp } from './render';

describe('numbers that connect', () => {
	test('the contact form says beside the field why a number cannot be dialled, and saves nothing', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'GB' };
		renderWithApp(HelpNow, app);
		await userEvent.click(await screen.findByRole('button', { name: 'Add someone' }));
		await userEvent.type(await screen.findByLabelText('Name'), 'Florist');
		const phone = screen.getByLabelText('Phone number');
		await userEvent.type(phone, '1-800-FLOWERS');
		await userEvent.tab();
		expect(phone).toHaveAccessibleDescription(
			'Write the number in digits: a phone cannot dial letters from a link.'
		);
		await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
		expect(phone).toHaveAttribute('aria-invalid', 'true');
		expect(await app.store.contacts.count()).toBe(0);

		// Corrected, the message goes as the number becomes one a phone can dial.
		await userEvent.clear(phone);
		await userEvent.type(phone, '+44 (0)20 7946 0321 ext. 12');
		expect(phone).not.toHaveAttribute('aria-invalid');
		await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
		const call = await screen.findByRole('link', { name: 'Call Florist, +44 (0)20 7946 0321 ext. 12' });
		// The trunk zero is not dialled; the extension is shown to key in, not put in the link.
		expect(call).toHaveAttribute('href', 'tel:+442079460321');
		expect(within(call.closest('li') as HTMLElement).getByText('Then extension 12')).toBeInTheDocument();
		expect(await screen.findByRole('button', { name: 'Add someone' })).toBeInTheDocument();
	});

	test('a number stored before the check still shows, as text, without a link that would fail', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'GB' };
		await app.store.contacts.add({
			id: '80000000-0000-4000-8000-000000000009',
			name: 'Old friend',
			phone: '1234 5678 9012 3456 7890',
			kind: 'person',
			canText: true,
			note: '',
			order: 0,
			createdAt: '2026-11-01T09:00:00.000+00:00',
			updatedAt: '2026-11-01T09:00:00.000+00:00'
		});
		renderWithApp(HelpNow, app);
		const item = (await screen.findByText('Old friend')).closest('li') as HTMLElement;
		expect(within(item).getByText('1234 5678 9012 3456 7890')).toBeInTheDocument();
		expect(
			within(item).getByText('This number cannot be dialled from here. Check it in your contacts.')
		).toBeInTheDocument();
		expect(within(item).queryByRole('link')).not.toBeInTheDocument();
	});
});
