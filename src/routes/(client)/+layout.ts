import { openApp } from '$lib/state/app.svelte';

// The client's screens share one App, whose database opens in the background: nothing here waits for storage,
// so Help now and the shell render at once, and a failure shows the storage notice instead of a blank page.
export const load = () => ({ app: openApp().app });
