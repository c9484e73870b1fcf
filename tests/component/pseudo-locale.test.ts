import { screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { beforeAll, describe, expect, test } from 'vitest';
import { CRISIS_LINES } from '$lib/domain/crisis-lines';
import { LANGUAGE_NAMES } from '$lib/i18n/languages';
import { pseudoText, usePseudoLocale } from '$lib/i18n/pseudo';
import { checkInEn } from '$lib/i18n/check-in.en';
import { helpNowEn } from '$lib/i18n/help-now.en';
import { measuresEn } from '$lib/i18n/measures.en';
import { safetyPlanEn } from '$lib/i18n/safety-plan.en';
import { settingsEn } from '$lib/i18n/settings.en';
import { skillsEn } from '$lib/i18n/skills.en';
import { todayEn } from '$lib/i18n/today.en';
import Today from '$lib/features/today/Today.svelte';
import CheckInScreen from '$lib/features/check-in/CheckInScreen.svelte';
import MeasuresHome from '$lib/features/measures/MeasuresHome.svelte';
import HelpNow from '$lib/features/help-now/HelpNow.svelte';
import SafetyPlanEditor from '$lib/features/safety-plan/SafetyPlanEditor.svelte';
import SettingsPanel from '$lib/features/settings/SettingsPanel.svelte';
import PrivacyNote from '$lib/features/settings/PrivacyNote.svelte';
import BreathingSkill from '$lib/features/skills/breathing/BreathingSkill.svelte';
import SkillsHome from '$lib/features/skills/SkillsHome.svelte';
import { makeApp, renderWithApp } from './render';

// Every screen in the pseudo-locale (each catalogue's words accented and 40 % longer): a run of plain Latin
// letters left in what a person sees or hears is a word that bypassed the catalogues.

/**
 * Proper names that are data, not the app's words: the crisis services' own names (domain/crisis-lines.ts) and
 * each language's name in that language (i18n/languages.ts), which no translation changes.
 */
const PROPER_NAMES = [
	...new Set([
		...Object.values(CRISIS_LINES)
			.flat()
			.flatMap((line) => (line.name ? [line.name] : [])),
		...Object.values(LANGUAGE_NAMES)
	])
].sort((a, b) => b.length - a.length);

const ATTRIBUTES = ['aria-label', 'aria-description', 'placeholder', 'title', 'alt', 'aria-valuetext'];

/** Every text a person meets in `root` that is still English, with where it was found. */
function englishIn(root: HTMLElement): string[] {
	const found: string[] = [];
	const check = (text: string | null, where: string) => {
		let rest = text ?? '';
		for (const name of PROPER_NAMES) rest = rest.replaceAll(name, '');
		// The app's own name is kept in every language ("Between"); any other two Latin letters in a row are English.
		rest = rest.replaceAll('Between', '');
		if (/[A-Za-z]{2,}/.test(rest)) found.push(`${where}: ${JSON.stringify(text)}`);
	};
	const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node instanceof Text) {
			const parent = node.parentElement;
			// A part marked as another language (a language's own name in the language list) is not ours to translate.
			if (parent?.closest('[lang]:not([lang="en-XA"])') || parent?.closest('style, script')) continue;
			check(node.data, `text in <${parent?.tagName.toLowerCase()}>`);
		} else if (node instanceof Element) {
			if (node.closest('[lang]:not([lang="en-XA"])')) continue;
			for (const attribute of ATTRIBUTES)
				if (node.hasAttribute(attribute))
					check(node.getAttribute(attribute), `${attribute} of <${node.tagName.toLowerCase()}>`);
			if (node instanceof HTMLInputElement && ['button', 'submit'].includes(node.type))
				check(node.value, `value of <input type=${node.type}>`);
		}
	}
	return found;
}

beforeAll(() => usePseudoLocale());

describe('every screen in the pseudo-locale shows no English of its own', () => {
	const screens: [string, Component, string][] = [
		['Today', Today as Component, pseudoText(todayEn.today.intro)],
		['the check-in', CheckInScreen as Component, pseudoText(checkInEn.form.intro)],
		['the questionnaires', MeasuresHome as Component, pseudoText(measuresEn.home.title)],
		['Help now', HelpNow as Component, pseudoText(helpNowEn.helpNow.title)],
		['the safety plan', SafetyPlanEditor as Component, pseudoText(safetyPlanEn.sections.warningSigns.title)],
		['settings', SettingsPanel as Component, pseudoText(settingsEn.more.appearance)],
		['the privacy note', PrivacyNote as Component, pseudoText(settingsEn.more.privacyTitle)],
		['the skills', SkillsHome as Component, pseudoText(skillsEn.skills.title)],
		['a skill: breathing', BreathingSkill as Component, pseudoText(skillsEn.names.breathing)]
	];

	test.each(screens)('%s', async (_name, component, shown) => {
		const app = await makeApp();
		app.settings = { ...app.settings, region: 'US' };
		const { container } = renderWithApp(component, app);
		// The screen has drawn its words (and its data) before it is read.
		expect((await screen.findAllByText(shown, { exact: false })).length).toBeGreaterThan(0);
		expect(englishIn(container)).toEqual([]);
	});

	test('the check it makes finds an English word, in text or in an attribute', () => {
		const probe = document.createElement('div');
		probe.innerHTML = `<p>${pseudoText('Save')}</p><button aria-label="Close">×</button><p lang="en">English</p>`;
		expect(englishIn(probe)).toEqual(['aria-label of <button>: "Close"']);
	});
});
