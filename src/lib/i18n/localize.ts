/** The browser's preferred languages, most preferred first (none while prerendering or in node). */
export const preferredLanguages = (): readonly string[] =>
	typeof navigator === 'undefined' ? [] : navigator.languages;

/**
 * The catalogue for the first preferred language we have, English otherwise. Each capability keeps its
 * words in `<area>.<lang>.ts` and localizes them in `<area>.ts`, so a screen downloads only its own words
 * and a second language is a sibling file per area, with no component touched.
 */
export function localize<T>(catalogues: { en: T } & Record<string, T>, locales = preferredLanguages()): T {
	for (const locale of locales) {
		const found = catalogues[locale.toLowerCase().split('-')[0] ?? ''];
		if (found) return found;
	}
	return catalogues.en;
}
