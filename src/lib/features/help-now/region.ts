import { regionFromLocales, type Region } from '$lib/domain/crisis-lines';

/** The region chosen in settings, else the browser's guess, else null (show every region). */
export function effectiveRegion(chosen: Region | null): Region | null {
	return chosen ?? regionFromLocales(typeof navigator === 'undefined' ? [] : navigator.languages);
}
