// The drafts on screen, apart from the Draft class itself: the App, the updater and the client layout only need to
// save them all, and Help now, which renders no form, loads this rather than the whole draft store.

export interface Flushable {
	/** Stores what is on screen now: the draft, and the record itself for a form that saves its record. */
	persist(): Promise<void>;
}

/** Every draft on screen, so an update or another tab's upgrade can save them all first. */
export const openDrafts = new Set<Flushable>();

/**
 * Saves every pending draft now. Called before an update reload, on versionchange and when the page hides.
 * Each write is started before this returns (the page may be frozen right after a `pagehide` handler), and each
 * value is mirrored synchronously to localStorage first, so it survives even a write the browser never finishes.
 */
export async function flushDrafts(): Promise<void> {
	await Promise.allSettled([...openDrafts].map((draft) => draft.persist()));
}
