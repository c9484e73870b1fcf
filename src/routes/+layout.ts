import { startLanguage } from '$lib/i18n/start';

// Between is a single-page app: everything renders in the browser, from IndexedDB.
export const ssr = false;
export const prerender = false;

// The words are in the browser's language before the first screen draws (English needs no wait).
export const load = async () => {
	await startLanguage();
};
