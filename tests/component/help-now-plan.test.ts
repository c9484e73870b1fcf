import { configure, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import { addContact } from '$lib/db/contacts';
import { savePlanContent } from '$lib/db/safety-plan';
import HelpNow from '$lib/features/help-now/HelpNow.svelte';
import { makePlanContent } from '../factories';
import { makeApp, renderWithApp } from './render';

// Typing in jsdom is slow on a busy two-core machine: generous limits, the same assertions.
configure({ asyncUtilTimeout: 10_000 });

const SAM = '50000000-0000-4000-8000-000000000001';
const DR_LEE = '50000000-0000-4000-8000-000000000002';
const ROBIN = '50000000-0000-4000-8000-000000000003';

async function appWithPlan() {
	const app = await makeApp();
	app.settings = { ...app.settings, region: 'US' };
	await addContact(app.store, { name: 'Sam', phone: '+1 555 010 0101', canText: true }, SAM, app.stamp());
	await addContact(
		app.store,
		{ name: 'Dr Lee', phone: '555-010-0199', kind: 'therapist' },
		DR_LEE,
		app.stamp()
	);
	await addContact(app.store, { name: 'Robin', phone: '555 010 0111' }, ROBIN, app.stamp());
	await savePlanContent(
		app.store,
		makePlanContent(
			{
				warningSigns: ['I stop answering messages'],
				copingStrategies: ['Hot shower, then my playlist'],
				helpers: ['Mum'],
				safeEnvironment: ['Ask Sam to keep my tablets'],
				reasonsForLiving: ['My daughter Mia']
			},
			{ helpers: [SAM], professionals: [DR_LEE] }
		),
		app.newId(),
		app.stamp()
	);
	return app;
}

describe('Help now with a safety plan', () => {
	test('shows the crisis line first, then what matters most and the steps in crisis order', async () => {
		renderWithApp(HelpNow, await appWithPlan());
		const plan = await screen.findByRole('region', { name: 'My safety plan' });
		const headings = within(plan)
			.getAllByRole('heading', { level: 3 })
			.map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
		// Step 3 is empty, so it is left out; step 5 always carries the crisis line.
		expect(headings).toEqual([
			'What matters most to me',
			'1 Step 1: Notice my warning signs',
			'2 Step 2: Try something I can do on my own',
			'4 Step 4: Ask someone for help',
			'5 Step 5: Contact a professional or crisis line',
			'6 Step 6: Make my surroundings safe'
		]);
		expect(within(plan).getByRole('heading', { name: 'Step 4: Ask someone for help' })).toBeInTheDocument();
		expect(within(plan).getByText('My daughter Mia')).toBeInTheDocument();
		// The crisis line comes before the plan in the page.
		const crisisCall = screen.getAllByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline, 988' })[0]!;
		expect(crisisCall.compareDocumentPosition(plan) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
	});

	test('people in the plan are one tap away: call and, where they take texts, text', async () => {
		renderWithApp(HelpNow, await appWithPlan());
		const plan = await screen.findByRole('region', { name: 'My safety plan' });
		expect(within(plan).getByRole('link', { name: 'Call Sam, +1 555 010 0101' })).toHaveAttribute(
			'href',
			'tel:+15550100101'
		);
		expect(within(plan).getByRole('link', { name: 'Text Sam, +1 555 010 0101' })).toHaveAttribute(
			'href',
			'sms:+15550100101'
		);
		expect(within(plan).getByRole('link', { name: 'Call Dr Lee, 555-010-0199' })).toHaveAttribute(
			'href',
			'tel:5550100199'
		);
		expect(within(plan).queryByRole('link', { name: /Text Dr Lee/ })).not.toBeInTheDocument();
		expect(
			within(plan).getByRole('link', { name: 'Text 988 Suicide & Crisis Lifeline, 988' })
		).toHaveAttribute('href', 'sms:988');
		// Someone saved but not in the plan is still reachable, below it.
		const others = screen.getByRole('region', { name: 'More of your people' });
		expect(within(others).getByRole('link', { name: 'Call Robin, 555 010 0111' })).toHaveAttribute(
			'href',
			'tel:5550100111'
		);
		expect(within(plan).getByRole('link', { name: 'Change my plan' })).toHaveAttribute(
			'href',
			'/safety-plan'
		);
	});
});

describe('Help now before there is a plan', () => {
	test('keeps the crisis lines and the client’s people, with a calm invitation to make a plan', async () => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'GB' };
		renderWithApp(HelpNow, app);
		const invite = await screen.findByRole('region', { name: 'Make a safety plan' });
		expect(within(invite).getByRole('link', { name: 'Start my safety plan' })).toHaveAttribute(
			'href',
			'/safety-plan'
		);
		expect(screen.getByRole('link', { name: 'Call Samaritans, 116 123' })).toHaveAttribute(
			'href',
			'tel:116123'
		);
		expect(screen.getByRole('button', { name: 'Add someone' })).toBeInTheDocument();
		expect(screen.queryByRole('region', { name: 'My safety plan' })).not.toBeInTheDocument();
	});

	test('a plan with every line emptied counts as no plan', async () => {
		const app = await makeApp();
		await savePlanContent(app.store, makePlanContent({ helpers: ['   '] }), app.newId(), app.stamp());
		renderWithApp(HelpNow, app);
		expect(await screen.findByRole('region', { name: 'Make a safety plan' })).toBeInTheDocument();
	});
});
