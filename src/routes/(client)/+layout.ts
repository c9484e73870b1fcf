import { browser } from '$app/environment';
import { App, openApp } from '$lib/state/app.svelte';

// The client's screens share one App, whose database opens in the background: nothing here waits for storage,
// so Help now and the shell render at once, and a failure shows the storage notice instead of a blank page.
// At build time (prerendering) there is no storage: the App stays "opening", as it is at a screen's first paint.
export const load = () => ({ app: browser ? openApp().app : new App({ db: null }) });
