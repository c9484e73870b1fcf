import { cleanup, configure, render, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { createDb } from '$lib/db/db';
import { getPlan, listVersions } from '$lib/db/safety-plan-read';
import { App } from '$lib/state/app.svelte';
import { flushDrafts } from '$lib/state/draft.svelte';
import { planSettled } from '$lib/features/safety-plan/plan-editor.svelte';
import SafetyPlanEditor from '$lib/features/safety-plan/SafetyPlanEditor.svelte';
import WithApp from './WithApp.svelte';
import { makeApp } from './render';

// Typing in jsdom is slow on a busy two-core machine: generous limits, the same assertions.
configure({ asyncUtilTimeout: 10_000 });

const others: Dexie[] = [];
afterEach(async () => {
	cleanup();
	await planSettled();
	for (const db of others.splice(0)) db.close();
});

/** Two tabs on one database: two connections, each with its own App and editor. */
async function twoTabs(delays: { a: number; b: number }) {
	const a = await makeApp();
	const db = createDb(a.store.name);
	others.push(db);
	await db.open();
	const b = new App({ db, now: a.now, newId: () => crypto.randomUUID() });
	const tab = (app: App, delay: number) => {
		const { container } = render(WithApp, {
			props: { app, component: SafetyPlanEditor, props: { delay } }
		});
		return within(container as HTMLElement);
	};
	return { a, tabA: tab(a, delays.a), tabB: tab(b, delays.b) };
}

describe('the safety plan open in two tabs', () => {
	test('a tab showing an empty line never saves over the other tab’s new warning sign', async () => {
		const { a, tabA, tabB } = await twoTabs({ a: 20, b: 20 });
		await userEvent.type(await tabA.findByRole('textbox', { name: 'Warning sign 1' }), 'I stop eating');
		await waitFor(async () =>
			expect((await getPlan(a.store))?.sections.warningSigns).toEqual(['I stop eating'])
		);
		// Tab B writes in another step.
		await userEvent.type(await tabB.findByRole('textbox', { name: 'Thing I can do 1' }), 'walk');
		await waitFor(async () => expect((await getPlan(a.store))?.sections.copingStrategies).toEqual(['walk']));
		expect((await getPlan(a.store))?.sections.warningSigns).toEqual(['I stop eating']);
		const [latest] = await listVersions(a.store);
		expect(latest?.sections).toMatchObject({ warningSigns: ['I stop eating'], copingStrategies: ['walk'] });
		// Each tab shows the other's words.
		await waitFor(() =>
			expect(tabB.getByRole('textbox', { name: 'Warning sign 1' })).toHaveValue('I stop eating')
		);
		await waitFor(() => expect(tabA.getByRole('textbox', { name: 'Thing I can do 1' })).toHaveValue('walk'));
	});

	test('words typed in one tab, not yet saved to the plan, survive the other tab’s save', async () => {
		// Tab B pauses long before saving its plan: its words live only in its draft when tab A saves.
		const { a, tabA, tabB } = await twoTabs({ a: 20, b: 60_000 });
		await userEvent.type(await tabB.findByRole('textbox', { name: 'Thing I can do 1' }), 'walk');
		await userEvent.type(await tabA.findByRole('textbox', { name: 'Warning sign 1' }), 'I stop eating');
		await waitFor(async () =>
			expect((await getPlan(a.store))?.sections.warningSigns).toEqual(['I stop eating'])
		);
		// Tab B shows tab A's sign beside its own words, and saves the two together when it is hidden.
		await waitFor(() =>
			expect(tabB.getByRole('textbox', { name: 'Warning sign 1' })).toHaveValue('I stop eating')
		);
		expect(tabB.getByRole('textbox', { name: 'Thing I can do 1' })).toHaveValue('walk');
		await flushDrafts();
		expect((await getPlan(a.store))?.sections).toMatchObject({
			warningSigns: ['I stop eating'],
			copingStrategies: ['walk']
		});
		await waitFor(() => expect(tabA.getByRole('textbox', { name: 'Thing I can do 1' })).toHaveValue('walk'));
	});

	test('both tabs changing one step keep both lines, and the step says so', async () => {
		const { a, tabA, tabB } = await twoTabs({ a: 20, b: 60_000 });
		await userEvent.type(await tabB.findByRole('textbox', { name: 'Warning sign 1' }), 'I cancel plans');
		await userEvent.type(await tabA.findByRole('textbox', { name: 'Warning sign 1' }), 'I stop eating');
		await waitFor(async () =>
			expect((await getPlan(a.store))?.sections.warningSigns).toEqual(['I stop eating'])
		);
		expect(await tabB.findByText(/This step was changed in another tab or window too/)).toBeInTheDocument();
		expect(tabB.getByRole('textbox', { name: 'Warning sign 1' })).toHaveValue('I cancel plans');
		expect(tabB.getByRole('textbox', { name: 'Warning sign 2' })).toHaveValue('I stop eating');
		await flushDrafts();
		expect((await getPlan(a.store))?.sections.warningSigns).toEqual(['I cancel plans', 'I stop eating']);
	});
});
