import { startApp } from '$lib/state/app.svelte';

// Between is a single-page app: everything renders in the browser, from IndexedDB.
export const ssr = false;
export const prerender = false;

export const load = async () => ({ app: await startApp() });
