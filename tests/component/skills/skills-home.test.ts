import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import SkillsHome from '$lib/features/skills/SkillsHome.svelte';
import { makePractice } from '../../factories';
import { makeApp, renderWithApp } from '../render';

describe('the Skills screen', () => {
	test('every skill by group, a star to keep favourites first, remembered', async () => {
		const app = await makeApp();
		renderWithApp(SkillsHome, app);
		const user = userEvent.setup({ delay: null });
		const favourites = await screen.findByRole('region', { name: 'Your favourites' });
		expect(
			within(favourites).getByText('Mark a skill with the star to keep it here, one tap away.')
		).toBeInTheDocument();
		for (const [group, skills] of [
			['Working with thoughts', ['Thought stopping', 'Push-button technique']],
			['Mindfulness', ['Breathing pacer', '5-4-3-2-1 grounding', 'Body scan']],
			['Sleep', ['Sleep habits and diary']]
		] as const) {
			const section = screen.getByRole('region', { name: group });
			expect(
				within(section)
					.getAllByRole('heading', { level: 3 })
					.map((h) => h.textContent)
			).toEqual(skills);
		}
		const mindfulness = screen.getByRole('region', { name: 'Mindfulness' });
		expect(within(mindfulness).getByRole('link', { name: /Breathing pacer/ })).toHaveAttribute(
			'href',
			'/skills/breathing'
		);

		const star = within(mindfulness).getByRole('button', { name: 'Favourite: Breathing pacer' });
		expect(star).toHaveAttribute('aria-pressed', 'false');
		await user.click(star);
		await waitFor(() =>
			expect(within(favourites).getByRole('link', { name: /Breathing pacer/ })).toBeInTheDocument()
		);
		expect(within(mindfulness).getByRole('button', { name: 'Favourite: Breathing pacer' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(await app.store.skillPrefs.get('breathing')).toMatchObject({ favourite: true });

		await user.click(within(favourites).getByRole('button', { name: 'Favourite: Breathing pacer' }));
		await waitFor(() => expect(within(favourites).queryByRole('link')).not.toBeInTheDocument());
	});

	test('what has helped: shown per skill only from five rated practices, with how many more are needed before', async () => {
		const app = await makeApp();
		await app.store.practices.bulkAdd([
			// Grounding: 8,7,6,7,7 -> 5,4,4,5,4: mean 7 -> 4.4, a fall of 2.6.
			...[
				[8, 5],
				[7, 4],
				[6, 4],
				[7, 5],
				[7, 4]
			].map(([before, after]) => makePractice('grounding', { distressBefore: before, distressAfter: after })),
			// Body scan: five rated, distress rose on average by 0.4.
			...[3, 3, 2, 4, 3].map((before) =>
				makePractice('body-scan', { distressBefore: before, distressAfter: before + (before === 3 ? 0 : 1) })
			),
			// Breathing: three rated and one not.
			...[1, 2, 3].map(() => makePractice('breathing')),
			makePractice('breathing', { distressBefore: null, distressAfter: null })
		]);
		renderWithApp(SkillsHome, app);
		const helped = await screen.findByRole('region', { name: 'What has helped you' });
		const items = within(helped)
			.getAllByRole('listitem')
			.map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
		expect(items).toEqual([
			'5-4-3-2-1 grounding Distress fell by 2.6 on average From 7.0 to 4.4, over 5 rated practices',
			'Body scan Distress rose by 0.4 on average From 3.0 to 3.4, over 5 rated practices',
			'Breathing pacer: 2 more rated practices before we can say.'
		]);
		expect(screen.getByRole('region', { name: 'Mindfulness' })).toHaveTextContent('Practised 4 times');
	});

	test('with no rated practices it explains what will appear and when', async () => {
		const app = await makeApp();
		renderWithApp(SkillsHome, app);
		const helped = await screen.findByRole('region', { name: 'What has helped you' });
		expect(helped).toHaveTextContent(
			'Rate your distress before and after a practice. Once a skill has 5 rated practices, you will see here how it tends to go for you.'
		);
	});
});
