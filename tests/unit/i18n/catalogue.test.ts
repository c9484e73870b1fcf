import { describe, expect, test } from 'vitest';
import { LANGUAGE_NAMES, matchLanguage } from '$lib/i18n/languages';
import { LANGUAGES } from '$lib/domain/settings';
import { catalogue, contentLanguage, useCatalogues, useLanguage } from '$lib/i18n/catalogue.svelte';
import { todayEn } from '$lib/i18n/today.en';

describe('catalogues behind the names components use', () => {
	test('English at once, synchronously; another source swaps every area’s words, and English comes back', async () => {
		const words = catalogue('today', todayEn);
		expect(words.today.intro).toBe('Take what helps today and leave the rest.');
		useCatalogues(
			(area, en) =>
				(area === 'today'
					? { ...en, today: { ...todayEn.today, intro: 'Toma lo que te ayude.' } }
					: en) as never,
			'es'
		);
		expect(words.today.intro).toBe('Toma lo que te ayude.');
		expect(contentLanguage()).toBe('es');
		// An area whose module loads after the change reads the new words too.
		const later = catalogue('today', todayEn);
		expect(later.today.intro).toBe('Toma lo que te ayude.');
		useCatalogues(null, 'en');
		expect(words.today.intro).toBe('Take what helps today and leave the rest.');
		await useLanguage('en');
		expect(contentLanguage()).toBe('en');
	});

	test('the browser’s first language we speak, by its base language; English otherwise', () => {
		expect(matchLanguage(['en-GB'])).toBe('en');
		expect(matchLanguage(['de-DE', 'fr'])).toBe('en');
		expect(matchLanguage([])).toBe('en');
	});

	test('every language has its own name', () => {
		expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LANGUAGES].sort());
		expect(LANGUAGE_NAMES.en).toBe('English');
	});
});
