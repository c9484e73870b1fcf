import { screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import HelpNow from '$lib/features/help-now/HelpNow.svelte';
import { getSettings } from '$lib/db/settings';
import { makeApp, renderWithApp } from './render';

describe('Help now', () => {
	test('shows the chosen country’s lines with call and text links', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'US' };
		renderWithApp(HelpNow, app);
		expect(screen.getByRole('heading', { name: 'Crisis lines for the United States' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline, 988' })).toHaveAttribute(
			'href',
			'tel:988'
		);
		expect(screen.getByRole('link', { name: 'Text 988 Suicide & Crisis Lifeline, 988' })).toHaveAttribute(
			'href',
			'sms:988'
		);
		expect(screen.getByRole('link', { name: 'Call Emergency services, 911' })).toHaveAttribute(
			'href',
			'tel:911'
		);
		expect(screen.queryByRole('link', { name: /Text Emergency/ })).not.toBeInTheDocument();
	});

	test('changing the country shows its lines and is remembered', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'US' };
		renderWithApp(HelpNow, app);
		await userEvent.selectOptions(await screen.findByLabelText('Country for crisis lines'), 'IE');
		expect(await screen.findByRole('heading', { name: 'Crisis lines for Ireland' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Call Emergency services, 112' })).toHaveAttribute(
			'href',
			'tel:112'
		);
		await waitFor(async () => expect((await getSettings(app.store)).region).toBe('IE'));
	});

	test('adding a contact puts a call button for them on the screen', async () => {
		const app = await makeApp();
		renderWithApp(HelpNow, app);
		await userEvent.click(await screen.findByRole('button', { name: 'Add someone' }));
		await userEvent.type(await screen.findByLabelText('Name'), 'Jo');
		await userEvent.type(screen.getByLabelText('Phone number'), '0400 000 000');
		await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
		expect(await screen.findByRole('link', { name: 'Call Jo, 0400 000 000' })).toHaveAttribute(
			'href',
			'tel:0400000000'
		);
		expect(screen.queryByRole('link', { name: /Text Jo/ })).not.toBeInTheDocument();
		// The form closes once its draft is cleared; the test ends only after that write.
		expect(await screen.findByRole('button', { name: 'Add someone' })).toBeInTheDocument();
	});
});
