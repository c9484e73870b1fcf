import { useLanguage } from './catalogue.svelte';
import { matchLanguage } from './languages';

/**
 * Set in a test's browser profile to show the pseudo-locale (tests/e2e/pseudo-locale.test.ts). No pseudo
 * catalogue is shipped: the pseudo words are made in the browser from the English ones, by a chunk of under
 * 1 KiB that loads only when this is set (the service worker precaches it with every other chunk; it never runs).
 */
export const PSEUDO_LOCALE_FLAG = 'between:pseudo-locale';

function pseudoRequested(): boolean {
	try {
		return localStorage.getItem(PSEUDO_LOCALE_FLAG) === 'on';
	} catch {
		return false; // storage blocked: certainly not a test profile
	}
}

/** Before the first screen: the browser's language (the client's own choice follows once storage opens). */
export async function startLanguage(): Promise<void> {
	if (pseudoRequested()) return (await import('./pseudo')).usePseudoLocale();
	await useLanguage(matchLanguage());
}
