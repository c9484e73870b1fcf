import { LANGUAGES, type Language } from '$lib/domain/settings';

/** The browser's preferred languages, most preferred first (none while prerendering or in node). */
export const preferredLanguages = (): readonly string[] =>
	typeof navigator === 'undefined' ? [] : navigator.languages;

/**
 * Each language in its own name, as a person looking for theirs expects to find it (never translated: someone
 * who cannot read the current language must still recognise their own). Shown with its own `lang`.
 */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** The first of the browser's languages that Between speaks ('pt-BR' matches 'pt'), English otherwise. */
export function matchLanguage(preferred: readonly string[] = preferredLanguages()): Language {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		const found = LANGUAGES.find((language) => language === base);
		if (found) return found;
	}
	return 'en';
}
