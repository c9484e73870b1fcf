import { startLanguage } from '$lib/i18n/start';

// Every screen's frame (top bar, Help now, headings, navigation) is prerendered HTML, drawn at build time with
// no storage, so it paints before any script has run; the client's data fills in once the app has started in
// the browser, from IndexedDB. Help now's crisis lines are in that HTML too, working with no script at all.
export const ssr = true;
export const prerender = true;

// The words are in the browser's language before the first screen draws (English needs no wait).
export const load = async () => {
	await startLanguage();
};
