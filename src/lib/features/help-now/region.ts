import { regionFromLocales, type Region, type RegionGuess } from '$lib/domain/crisis-lines';
import { preferredLanguages } from '$lib/i18n/languages';

/** The country chosen in settings, else the browser's guess: bundled, not bundled, or not known. */
export function effectiveRegion(chosen: Region | null): RegionGuess {
	return chosen ? { kind: 'bundled', region: chosen } : regionFromLocales(preferredLanguages());
}

/** The bundled region, if any: where only the lines themselves matter (the printed plan, its image). */
export function bundledRegion(chosen: Region | null): Region | null {
	const guess = effectiveRegion(chosen);
	return guess.kind === 'bundled' ? guess.region : null;
}
