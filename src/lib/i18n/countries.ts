import { formatLocales } from './format';

/**
 * A country's name in the language on screen ("DE" -> "Germany" in English, "Deutschland" in German), from the
 * browser's own Intl data, so no list of names ships with the app. Falls back to the code where Intl has no name.
 */
export function countryName(code: string, locales: readonly string[] = formatLocales()): string {
	try {
		return new Intl.DisplayNames(locales.length ? [...locales] : ['en'], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** Codes sorted by their names as the client's language sorts them. */
export function byCountryName<T extends string>(
	codes: readonly T[],
	locales: readonly string[] = formatLocales()
): T[] {
	const collator = new Intl.Collator(locales.length ? [...locales] : ['en']);
	return [...codes].sort((a, b) => collator.compare(countryName(a, locales), countryName(b, locales)));
}

/** Folds case and accents, so "mexico" finds "México" and "osterreich" finds "Österreich". */
export { searchKey } from '$lib/domain/text-compare';
