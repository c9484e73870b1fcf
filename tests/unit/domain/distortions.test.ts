import { describe, expect, test } from 'vitest';
import {
	Distortion,
	distortionChoices,
	newDistortionIssue,
	STANDARD_DISTORTIONS,
	type StandardDistortion
} from '$lib/domain/worksheets/distortions';
import { worksheetsEn } from '$lib/i18n/worksheets.en';

const AT = '2026-12-01T22:40:00.000+00:00';
const own = (name: string, id: string, createdAt = AT, hidden = false): Distortion =>
	Distortion.parse({ id, standard: null, name, hidden, createdAt, updatedAt: createdAt });
const hiddenStandard = (id: StandardDistortion): Distortion =>
	Distortion.parse({ id, standard: id, hidden: true, createdAt: AT, updatedAt: AT });
const names = Object.fromEntries(
	STANDARD_DISTORTIONS.map((id) => [id, worksheetsEn.distortions[id].name])
) as Record<StandardDistortion, string>;

describe('cognitive distortions (Burns)', () => {
	test('the ten standard ones, in Burns’s order, each with a name, a plain sentence and an example', () => {
		expect(STANDARD_DISTORTIONS).toHaveLength(10);
		expect(STANDARD_DISTORTIONS.map((id) => worksheetsEn.distortions[id].name)).toEqual([
			'All-or-nothing thinking',
			'Overgeneralisation',
			'Mental filter',
			'Disqualifying the positive',
			'Jumping to conclusions',
			'Magnification or minimisation',
			'Emotional reasoning',
			'Should statements',
			'Labelling',
			'Personalisation and blame'
		]);
		for (const id of STANDARD_DISTORTIONS) {
			const words = worksheetsEn.distortions[id];
			expect(words.means.length).toBeGreaterThan(20);
			expect(words.example.length).toBeGreaterThan(10);
		}
	});

	test('the ten are always in the list, hidden or not, and the client’s own follow in the order added', () => {
		expect(distortionChoices([]).map((c) => c.id)).toEqual([...STANDARD_DISTORTIONS]);
		const rows = [
			own('Catastrophising my body', '7c9e6679-7425-40de-944b-e07fc1f90ae7', '2026-12-02T10:00:00.000+00:00'),
			hiddenStandard('labelling'),
			own('Comparing', '0f8fad5b-d9cb-469f-a165-70867728950e', '2026-11-30T10:00:00.000+00:00', true)
		];
		const choices = distortionChoices(rows);
		expect(choices).toHaveLength(12);
		expect(choices.slice(0, 10).map((c) => c.id)).toEqual([...STANDARD_DISTORTIONS]);
		expect(choices.find((c) => c.id === 'labelling')?.hidden).toBe(true);
		expect(choices.filter((c) => c.hidden).map((c) => c.id)).toEqual([
			'labelling',
			'0f8fad5b-d9cb-469f-a165-70867728950e'
		]);
		expect(choices.slice(10).map((c) => (c.standard === null ? c.name : c.id))).toEqual([
			'Comparing',
			'Catastrophising my body'
		]);
	});

	test('a standard row holds only whether it is hidden; one of the client’s own needs a name and a real id', () => {
		const raw = (fields: Record<string, unknown>) =>
			Distortion.safeParse({ standard: null, hidden: false, createdAt: AT, updatedAt: AT, ...fields })
				.success;
		const ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
		expect(raw({ id: ID, name: 'Comparing' })).toBe(true);
		expect(raw({ id: 'labelling', standard: 'labelling', hidden: true })).toBe(true);
		expect(raw({ id: 'mental-filter', standard: 'labelling' })).toBe(false);
		expect(raw({ id: ID, name: '  ' })).toBe(false);
		expect(raw({ id: 'labelling', name: 'Comparing' })).toBe(false);
		expect(raw({ id: 'not-a-uuid', name: 'Comparing' })).toBe(false);
		expect(raw({ id: ID, name: 'x'.repeat(81) })).toBe(false);
	});

	test('a new one of their own must have a name not already in the list, whatever its case or accents', () => {
		const rows = [own('Comparing', '7c9e6679-7425-40de-944b-e07fc1f90ae7')];
		expect(newDistortionIssue('  ', rows, names)).toBe('distortion.nameMissing');
		expect(newDistortionIssue('comparing ', rows, names)).toBe('distortion.exists');
		expect(newDistortionIssue('LABELLING', rows, names)).toBe('distortion.exists');
		expect(newDistortionIssue('Mental  filter', rows, names)).toBe('distortion.exists');
		expect(newDistortionIssue('Compáring', rows, names)).toBe('distortion.exists');
		expect(newDistortionIssue('Fortune telling about my health', rows, names)).toBeNull();
	});
});
