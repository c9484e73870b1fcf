import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import HelpNow from '$lib/features/help-now/HelpNow.svelte';
import { getSettings } from '$lib/db/settings';
import { makeApp, renderWithApp } from './render';

/** The browser's languages, as a client in that country would have them. */
const locales = (...languages: string[]) =>
	vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
afterEach(() => vi.restoreAllMocks());

const hrefs = () =>
	screen
		.getAllByRole('link')
		.map((link) => link.getAttribute('href'))
		.filter((href) => /^(tel|sms):/.test(href ?? ''));

describe('Help now', () => {
	test('shows the chosen country’s lines with call and text links', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'US' };
		renderWithApp(HelpNow, app);
		expect(screen.getByRole('heading', { name: 'Crisis lines: United States' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline, 988' })).toHaveAttribute(
			'href',
			'tel:988'
		);
		expect(screen.getByRole('link', { name: 'Text 988 Suicide & Crisis Lifeline, 988' })).toHaveAttribute(
			'href',
			'sms:988'
		);
		expect(screen.getByRole('link', { name: 'Text Crisis Text Line, 741741' })).toHaveAttribute(
			'href',
			'sms:741741?&body=HOME'
		);
		expect(screen.getByText('Text HOME to 741741')).toBeInTheDocument();
		expect(screen.getByText('In Spanish: press 2, or text AYUDA to 988.')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Call Emergency services, 911' })).toHaveAttribute(
			'href',
			'tel:911'
		);
		expect(screen.queryByRole('link', { name: /Text Emergency/ })).not.toBeInTheDocument();
	});

	test('the UK and Ireland carry their text services', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'GB' };
		renderWithApp(HelpNow, app);
		expect(hrefs()).toEqual(['tel:116123', 'sms:85258?&body=SHOUT', 'tel:111', 'tel:999', 'tel:112']);
		expect(screen.getByText('Text SHOUT to 85258')).toBeInTheDocument();
	});

	test('changing the country, found by searching, shows its lines and is remembered', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'US' };
		renderWithApp(HelpNow, app);
		await userEvent.click(screen.getByRole('button', { name: 'Change country' }));
		await userEvent.type(screen.getByLabelText('Search for a country'), 'irel');
		const options = within(screen.getByRole('group', { name: 'Country for crisis lines' }));
		expect(options.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim())).toEqual(
			['Ireland']
		);
		await userEvent.click(options.getByRole('radio', { name: 'Ireland' }));
		expect(await screen.findByRole('heading', { name: 'Crisis lines: Ireland' })).toBeInTheDocument();
		expect(hrefs()).toEqual([
			'tel:116123',
			'sms:50808',
			'tel:1800247247',
			'sms:51444?&body=HELP',
			'tel:112',
			'tel:999'
		]);
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

describe('Help now follows the client’s country', () => {
	test('a German locale sees Germany’s lines, named in the language on screen, and never 988', async () => {
		locales('de-DE', 'en');
		renderWithApp(HelpNow, await makeApp());
		expect(screen.getByRole('heading', { name: 'Crisis lines: Germany' })).toBeInTheDocument();
		expect(hrefs()).toEqual(['tel:08001110111', 'tel:08001110222', 'tel:116123', 'tel:112', 'tel:110']);
		expect(screen.queryByText('988')).not.toBeInTheDocument();
	});

	test('a Mexican locale sees Línea de la Vida and 911, and never 988', async () => {
		locales('es-MX');
		renderWithApp(HelpNow, await makeApp());
		expect(screen.getByRole('heading', { name: 'Crisis lines: Mexico' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Call Línea de la Vida, 800 911 2000' })).toHaveAttribute(
			'href',
			'tel:8009112000'
		);
		expect(hrefs()).toEqual(['tel:8009112000', 'tel:911']);
	});

	test('a country without bundled lines is told to call the local emergency number, with no other country’s lines', async () => {
		locales('de-AT', 'en-US');
		const app = await makeApp();
		renderWithApp(HelpNow, app);
		expect(screen.getByText('Between does not carry crisis lines for Austria yet.')).toBeInTheDocument();
		expect(
			screen.getByText(/call your local emergency number now\. 112 works across the EU/)
		).toBeInTheDocument();
		// 112 is the only number offered: not 988, not 911, not another country's line.
		expect(hrefs()).toEqual(['tel:112']);
		// They can choose a country...
		await userEvent.click(screen.getByRole('button', { name: 'Choose a country' }));
		await userEvent.type(screen.getByLabelText('Search for a country'), 'germ');
		await userEvent.click(screen.getByRole('radio', { name: 'Germany' }));
		expect(await screen.findByRole('heading', { name: 'Crisis lines: Germany' })).toBeInTheDocument();
		await waitFor(async () => expect((await getSettings(app.store)).region).toBe('DE'));
	});

	test('...or add their own line, which is then one tap away', async () => {
		locales('ja-JP');
		renderWithApp(HelpNow, await makeApp());
		expect(screen.getByText('Between does not carry crisis lines for Japan yet.')).toBeInTheDocument();
		await userEvent.click(await screen.findByRole('button', { name: 'Add your own crisis line' }));
		await userEvent.type(await screen.findByLabelText('Name'), 'Inochi no Denwa');
		await userEvent.type(screen.getByLabelText('Phone number'), '0570-783-556');
		await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
		expect(await screen.findByRole('link', { name: 'Call Inochi no Denwa, 0570-783-556' })).toHaveAttribute(
			'href',
			'tel:0570783556'
		);
		// The form closes once its draft is cleared; the test ends only after that write.
		expect(await screen.findByRole('button', { name: 'Add your own crisis line' })).toBeInTheDocument();
	});

	test('a locale that names no country says so and offers 112 and the choice', async () => {
		locales('en');
		renderWithApp(HelpNow, await makeApp());
		expect(screen.getByText('Between could not tell which country you are in.')).toBeInTheDocument();
		expect(hrefs()).toEqual(['tel:112']);
		expect(screen.getByRole('button', { name: 'Choose a country' })).toBeInTheDocument();
	});
});
