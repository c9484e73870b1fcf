import { cleanup, configure, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { addContact } from '$lib/db/contacts';
import { getDraft, putDraft } from '$lib/db/drafts';
import { savePlanContent } from '$lib/db/safety-plan';
import { getPlan, listVersions } from '$lib/db/safety-plan-read';
import { App } from '$lib/state/app.svelte';
import PlanReviewCard from '$lib/features/safety-plan/PlanReviewCard.svelte';
import { PLAN_DRAFT, planSettled } from '$lib/features/safety-plan/plan-editor.svelte';
import PlanHistory from '$lib/features/safety-plan/PlanHistory.svelte';
import SafetyPlanEditor from '$lib/features/safety-plan/SafetyPlanEditor.svelte';
import { makePlanContent } from '../factories';
import { makeApp, renderWithApp } from './render';

// Typing in jsdom is slow on a busy two-core machine: generous limits, the same assertions.
configure({ asyncUtilTimeout: 10_000 });

// An editor saves when it closes: let that finish before the test's database is deleted.
afterEach(async () => {
	cleanup();
	await planSettled();
});

const CONTACT_ID = '40000000-0000-4000-8000-000000000001';

describe('the safety plan editor', () => {
	test('shows the six steps in order, each with the sentence that explains it, then what matters most', async () => {
		const app = await makeApp();
		renderWithApp(SafetyPlanEditor, app);
		const headings = await screen.findAllByRole('heading', { level: 2 });
		expect(headings.slice(0, 7).map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'Step 1 My warning signs',
			'Step 2 Things I can do on my own',
			'Step 3 People and places that take my mind off things',
			'Step 4 People I can ask for help',
			'Step 5 Professionals and services I can contact',
			'Step 6 Making my surroundings safe',
			'What matters most to me'
		]);
		expect(screen.getByRole('textbox', { name: 'Warning sign 1' })).toHaveAccessibleDescription(
			'What thoughts, feelings, images, situations or behaviours tell you that a crisis may be starting?'
		);
	});

	test('what the client types is saved as the plan after a pause, with one version', async () => {
		const app = await makeApp();
		renderWithApp(SafetyPlanEditor, app, { delay: 20 });
		await userEvent.type(await screen.findByRole('textbox', { name: 'Warning sign 1' }), 'I stop eating');
		// Enter starts the next line, already focused.
		await userEvent.keyboard('{Enter}');
		expect(screen.getByRole('textbox', { name: 'Warning sign 2' })).toHaveFocus();
		await userEvent.keyboard('I stay in bed');
		await userEvent.type(screen.getByRole('textbox', { name: 'What matters 1' }), 'Mia');
		await waitFor(async () =>
			expect((await getPlan(app.store))?.sections).toMatchObject({
				warningSigns: ['I stop eating', 'I stay in bed'],
				reasonsForLiving: ['Mia']
			})
		);
		expect(await screen.findByText('Saved on this phone')).toBeInTheDocument();
		expect(await listVersions(app.store)).toHaveLength(1);
		// Once the plan holds the words, the draft is no longer needed.
		await waitFor(async () => expect(await getDraft(app.store, PLAN_DRAFT)).toBeUndefined());
	});

	test('a line can be removed, and Backspace in an empty line removes it', async () => {
		const app = await makeApp();
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['walk', 'tea', 'music'] }),
			app.newId(),
			app.stamp()
		);
		renderWithApp(SafetyPlanEditor, app, { delay: 20 });
		await userEvent.click(await screen.findByRole('button', { name: 'Remove thing i can do 2' }));
		expect(screen.getByRole('textbox', { name: 'Thing I can do 2' })).toHaveValue('music');
		await userEvent.click(screen.getByRole('button', { name: 'Add something you can do' }));
		expect(screen.getByRole('textbox', { name: 'Thing I can do 3' })).toHaveFocus();
		await userEvent.keyboard('{Backspace}');
		expect(screen.queryByRole('textbox', { name: 'Thing I can do 3' })).not.toBeInTheDocument();
		await waitFor(async () =>
			expect((await getPlan(app.store))?.sections.copingStrategies).toEqual(['walk', 'music'])
		);
	});

	test('a removed line comes back where it was with Undo; an empty line goes without asking', async () => {
		const app = await makeApp();
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['walk', 'tea', 'music'], warningSigns: ['not sleeping'] }),
			app.newId(),
			app.stamp()
		);
		renderWithApp(SafetyPlanEditor, app, { delay: 20 });
		await userEvent.click(await screen.findByRole('button', { name: 'Remove thing i can do 2' }));
		expect(await screen.findByText('Line removed.')).toBeInTheDocument();
		await waitFor(async () =>
			expect((await getPlan(app.store))?.sections.copingStrategies).toEqual(['walk', 'music'])
		);
		await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(await screen.findByText('Line put back.')).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: 'Thing I can do 2' })).toHaveValue('tea');
		expect(screen.getByRole('textbox', { name: 'Thing I can do 3' })).toHaveValue('music');
		await waitFor(async () =>
			expect((await getPlan(app.store))?.sections.copingStrategies).toEqual(['walk', 'tea', 'music'])
		);
		// The only line of a step is emptied, and comes back too.
		await userEvent.click(screen.getByRole('button', { name: 'Remove warning sign 1' }));
		expect(screen.getByRole('textbox', { name: 'Warning sign 1' })).toHaveValue('');
		await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
		expect(screen.getByRole('textbox', { name: 'Warning sign 1' })).toHaveValue('not sleeping');
	});

	test('a contact is chosen for a step, and a new one is added and chosen at once', async () => {
		const app = await makeApp();
		await addContact(
			app.store,
			{ name: 'Sam', phone: '07700 900123', canText: true },
			CONTACT_ID,
			app.stamp()
		);
		renderWithApp(SafetyPlanEditor, app, { delay: 20 });
		const helpers = (await screen.findByRole('heading', { name: /People I can ask for help/ })).closest(
			'section'
		)!;
		await userEvent.click(await within(helpers).findByRole('checkbox', { name: /Sam/ }));
		await waitFor(async () => expect((await getPlan(app.store))?.contacts.helpers).toEqual([CONTACT_ID]));

		const professionals = screen
			.getByRole('heading', { name: /Professionals and services/ })
			.closest('section')!;
		await userEvent.click(within(professionals).getByRole('button', { name: 'Add someone new' }));
		// A professional is suggested as a service; the client can change it.
		expect(within(professionals).getByRole('radio', { name: 'A service or professional' })).toBeChecked();
		await userEvent.type(within(professionals).getByLabelText('Name'), 'Dr Lee');
		await userEvent.type(within(professionals).getByLabelText('Phone number'), '020 7946 0000');
		await userEvent.click(within(professionals).getByRole('button', { name: 'Save contact' }));
		await waitFor(() =>
			expect(within(professionals).getByRole('checkbox', { name: /Dr Lee/ })).toBeChecked()
		);
		await waitFor(async () => expect((await getPlan(app.store))?.contacts.professionals).toHaveLength(1));
	});

	test('a line over its limit says so at the line and never holds back the rest of the plan', async () => {
		const app = await makeApp();
		renderWithApp(SafetyPlanEditor, app, { delay: 20 });
		await userEvent.type(await screen.findByRole('textbox', { name: 'Warning sign 1' }), 'I stop eating');
		const field = await screen.findByRole('textbox', { name: 'Person I can ask 1' });
		await userEvent.click(field);
		await userEvent.paste('x'.repeat(501));
		const message = /This line is too long to save: 501 characters, and a line holds 500\./;
		expect(await screen.findByText(message)).toBeInTheDocument();
		expect(field).toHaveAttribute('aria-invalid', 'true');
		expect(field).toHaveAccessibleDescription(message);
		// The rest reaches the plan (and Help now); the long line is kept in the draft only.
		await waitFor(async () =>
			expect((await getPlan(app.store))?.sections.warningSigns).toEqual(['I stop eating'])
		);
		expect((await getPlan(app.store))?.sections.helpers).toEqual([]);
		await waitFor(async () =>
			expect((await getDraft(app.store, PLAN_DRAFT))?.value).toMatchObject({
				sections: { helpers: ['x'.repeat(501)] }
			})
		);
	});

	test('leaving the editor saves the plan at once, without waiting for the pause', async () => {
		const app = await makeApp();
		const first = renderWithApp(SafetyPlanEditor, app, { delay: 60_000 });
		await userEvent.type(
			await screen.findByRole('textbox', { name: 'Way to stay safe 1' }),
			'Give Jo my tablets'
		);
		first.unmount();
		// Coming straight back finds the words, whether the save had finished or not.
		renderWithApp(SafetyPlanEditor, app, { delay: 60_000 });
		expect(await screen.findByRole('textbox', { name: 'Way to stay safe 1' })).toHaveValue(
			'Give Jo my tablets'
		);
		expect((await getPlan(app.store))?.sections.safeEnvironment).toEqual(['Give Jo my tablets']);
	});

	test('words typed just before the app was killed come back from the draft, and are then saved', async () => {
		const app = await makeApp();
		await savePlanContent(app.store, makePlanContent({ helpers: ['Mum'] }), app.newId(), app.stamp());
		// The draft was written, then the app died before the plan itself was saved.
		await putDraft(
			app.store,
			PLAN_DRAFT,
			makePlanContent({ helpers: ['Mum', 'Jo'], safeEnvironment: ['Give Jo my tablets'] }),
			app.stamp()
		);
		renderWithApp(SafetyPlanEditor, app, { delay: 20 });
		expect(await screen.findByRole('textbox', { name: 'Person I can ask 2' })).toHaveValue('Jo');
		expect(screen.getByText('We kept what you were typing.')).toBeInTheDocument();
		await waitFor(async () =>
			expect((await getPlan(app.store))?.sections).toMatchObject({
				helpers: ['Mum', 'Jo'],
				safeEnvironment: ['Give Jo my tablets']
			})
		);
	});

	test('the client marks a review with their therapist; a day still to come is refused', async () => {
		const app = await makeApp(new Date('2026-11-22T09:30:00Z'));
		await savePlanContent(app.store, makePlanContent({ helpers: ['Mum'] }), app.newId(), app.stamp());
		renderWithApp(SafetyPlanEditor, app);
		expect(
			await screen.findByText('You have not marked a review with your therapist yet.')
		).toBeInTheDocument();
		const day = screen.getByLabelText('Day you went through it together');
		await userEvent.clear(day);
		await userEvent.type(day, '2026-11-30');
		await userEvent.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
		expect(await screen.findByText('Choose today or a day in the past.')).toBeInTheDocument();
		await userEvent.clear(day);
		await userEvent.type(day, '2026-11-20');
		await userEvent.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
		expect(
			await screen.findByText(/Last reviewed with your therapist on November 20, 2026\./)
		).toBeInTheDocument();
		expect((await getPlan(app.store))?.reviewedOn).toBe('2026-11-20');
	});

	test('a plan made alone is gently suggested for the next session after two weeks', async () => {
		const made = await makeApp(new Date('2026-11-01T09:30:00Z'));
		await savePlanContent(made.store, makePlanContent({ helpers: ['Mum'] }), made.newId(), made.stamp());
		const later = new App({
			db: made.store,
			now: () => new Date('2026-11-20T09:30:00Z')
		});
		renderWithApp(SafetyPlanEditor, later);
		expect(
			await screen.findByText(/When you next see your therapist, you could go through this plan together/)
		).toBeInTheDocument();
	});
});

describe('the plan’s history', () => {
	test('each version is compared with the one before it', async () => {
		const app = await makeApp();
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['walk', 'tea'] }),
			app.newId(),
			'2026-10-01T18:00:00.000+01:00'
		);
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['walk', 'call Jo'] }),
			app.newId(),
			'2026-11-22T10:00:00.000+00:00'
		);
		renderWithApp(PlanHistory, app);
		const newest = (await screen.findByRole('heading', { name: /Version of November 22, 2026/ })).closest(
			'li'
		)!;
		expect(within(newest).getByRole('group')).toHaveAttribute('open');
		expect(within(newest).getByText(/Compared with October 1, 2026/)).toBeInTheDocument();
		expect(within(newest).getByRole('heading', { name: '2. Things I can do on my own' })).toBeInTheDocument();
		expect(within(newest).getByText('call Jo')).toHaveClass('added');
		expect(within(newest).getByText('tea')).toHaveClass('removed');
		const first = screen.getByRole('heading', { name: /Version of October 1, 2026/ }).closest('li')!;
		expect(within(first).getByRole('group')).not.toHaveAttribute('open');
		expect(within(first).getByText('The first version of your plan.')).toBeInTheDocument();
	});

	test('a past version becomes the plan again as a new version, and what it replaced stays in the history', async () => {
		const app = await makeApp();
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['walk', 'tea'] }),
			app.newId(),
			'2026-10-01T18:00:00.000+01:00'
		);
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['call Jo'] }),
			app.newId(),
			'2026-11-20T10:00:00.000+00:00'
		);
		// The editor's draft only repeats the stored plan: it goes, so the editor does not save it back.
		await putDraft(app.store, PLAN_DRAFT, makePlanContent({ copingStrategies: ['call Jo'] }), app.stamp());
		renderWithApp(PlanHistory, app);
		const newest = (await screen.findByRole('heading', { name: /Version of November 20, 2026/ })).closest(
			'li'
		)!;
		expect(within(newest).queryByRole('button', { name: 'Make this my plan again' })).not.toBeInTheDocument();
		const first = screen.getByRole('heading', { name: /Version of October 1, 2026/ }).closest('li')!;
		await userEvent.click(within(first).getByRole('button', { name: 'Make this my plan again' }));
		expect(await screen.findByText(/This version is your plan again/)).toBeInTheDocument();
		expect((await getPlan(app.store))?.sections.copingStrategies).toEqual(['walk', 'tea']);
		const versions = await listVersions(app.store);
		expect(versions.map((v) => v.sections.copingStrategies)).toEqual([
			['walk', 'tea'],
			['call Jo'],
			['walk', 'tea']
		]);
		expect(await getDraft(app.store, PLAN_DRAFT)).toBeUndefined();
		expect(await screen.findAllByRole('heading', { name: /Version of/ })).toHaveLength(3);
	});

	test('a restore waits while the editor holds words not yet saved, and changes nothing', async () => {
		const app = await makeApp();
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['walk'] }),
			app.newId(),
			'2026-10-01T18:00:00.000+01:00'
		);
		await savePlanContent(
			app.store,
			makePlanContent({ copingStrategies: ['tea'] }),
			app.newId(),
			'2026-11-22T10:00:00.000+00:00'
		);
		await putDraft(
			app.store,
			PLAN_DRAFT,
			makePlanContent({ copingStrategies: ['tea', 'half typed'] }),
			app.stamp()
		);
		renderWithApp(PlanHistory, app);
		const first = (await screen.findByRole('heading', { name: /Version of October 1, 2026/ })).closest('li')!;
		await userEvent.click(within(first).getByRole('button', { name: 'Make this my plan again' }));
		expect(await screen.findByText(/not saved yet/)).toBeInTheDocument();
		expect((await getPlan(app.store))?.sections.copingStrategies).toEqual(['tea']);
		expect(await listVersions(app.store)).toHaveLength(2);
		expect(await getDraft(app.store, PLAN_DRAFT)).toBeDefined();
	});
});

describe('the review reminder on Today', () => {
	test('suggests a review once it is due (reviewStatus); "Not now" hides it for two weeks', async () => {
		const made = await makeApp(new Date('2026-11-01T09:30:00Z'));
		await savePlanContent(made.store, makePlanContent({ helpers: ['Mum'] }), made.newId(), made.stamp());
		const later = new App({ db: made.store, now: () => new Date('2026-11-20T09:30:00Z') });
		renderWithApp(PlanReviewCard, later);
		const card = await screen.findByRole('region', { name: 'Your safety plan' });
		expect(within(card).getByRole('link', { name: 'Review my plan' })).toHaveAttribute(
			'href',
			'/safety-plan#review'
		);
		await userEvent.click(within(card).getByRole('button', { name: 'Not now' }));
		await waitFor(() =>
			expect(screen.queryByRole('region', { name: 'Your safety plan' })).not.toBeInTheDocument()
		);
		expect((await getPlan(made.store))?.reviewSnoozedUntil).toBe('2026-12-04');
	});
});

test('the client’s people can be removed from the editor (with undo), where the plan’s people are managed', async () => {
	const app = await makeApp();
	await addContact(app.store, { name: 'Sam', phone: '07700 900123' }, CONTACT_ID, app.stamp());
	renderWithApp(SafetyPlanEditor, app);
	const people = await screen.findByRole('region', { name: 'Your people' });
	expect(within(people).queryByRole('button', { name: 'Add someone' })).not.toBeInTheDocument();
	await userEvent.click(within(people).getByRole('button', { name: 'Remove Sam' }));
	expect(await screen.findByText('Sam removed.')).toBeInTheDocument();
	await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
	expect(await screen.findByRole('link', { name: 'Call Sam, 07700 900123' })).toBeInTheDocument();
});
