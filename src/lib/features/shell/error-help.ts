/**
 * The crisis lines for the error page. Not in every screen's first load (the size budget): the client layout
 * fetches them once the app is up, so an error later on finds them here even when the network is gone; an error
 * on the very first screen fetches them then (from the service worker's cache when offline).
 */
export const loadErrorHelp = () =>
	Promise.all([import('$lib/features/help-now/CrisisLines.svelte'), import('$lib/features/help-now/region')]);
