import { startLanguage } from '$lib/i18n/start';

// Every screen's frame (top bar, Help now, navigation) is prerendered HTML, drawn at build time with no storage,
// so it paints before any script has run; a screen's content renders once the app has started in the browser
// and its data is read from IndexedDB (AppShell). Help now needs no storage: its page is prerendered whole,
// crisis lines included, working with no script at all.
export const ssr = true;
export const prerender = true;

// The words are in the browser's language before the first screen draws (English needs no wait).
export const load = async () => {
	await startLanguage();
};
