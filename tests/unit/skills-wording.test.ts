import { describe, expect, test } from 'vitest';
import { skillsEn } from '$lib/i18n/skills.en';

// The lessons say what their sources say, and no more (CLINICAL.md, notes from the expert review).
const lesson = (skill: 'breathing' | 'sleep-hygiene') => skillsEn.lessons[skill].evidence.join(' ');

describe('skills lessons against their sources', () => {
	test('slow breathing: below about ten breaths a minute, in small studies of healthy adults (Zaccaro 2018)', () => {
		expect(lesson('breathing')).toMatch(/small studies in healthy adults/);
		expect(lesson('breathing')).toMatch(/below about ten breaths a minute/);
		expect(lesson('breathing')).not.toMatch(/for many people/);
	});

	test('sleep hygiene is not a treatment on its own; stimulus control is named (Irish 2015, AASM 2021)', () => {
		expect(lesson('sleep-hygiene')).toMatch(/not an effective treatment for insomnia/);
		expect(lesson('sleep-hygiene')).toMatch(/Three habits in the checklist are stimulus control/);
	});

	test('the Consensus Sleep Diary is a diary agreed by sleep researchers, not the standard form (Carney 2012)', () => {
		expect(lesson('sleep-hygiene')).toMatch(/a diary agreed by sleep researchers/);
		expect(lesson('sleep-hygiene')).not.toMatch(/standard form/);
	});
});
