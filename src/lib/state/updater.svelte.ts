import type { Workbox } from 'workbox-window';
import { flushDrafts } from './open-drafts';

/**
 * The service worker's update flow. A new version installs in the background and waits; the client sees
 * "Update now", and only on their yes are drafts saved, the new worker activated and the page reloaded.
 * Nothing ever reloads by itself, so a half-written form cannot be dropped.
 */
export class Updater {
	available = $state(false);
	updating = $state(false);
	dismissed = $state(false);
	#workbox: Workbox | undefined;

	async start(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		// Loaded on its own, after first render: the check-in screen does not wait for it.
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox('/sw.js', { scope: '/' });
		this.#workbox = workbox;
		workbox.addEventListener('waiting', () => {
			this.available = true;
			this.dismissed = false;
		});
		await workbox.register();
		// A phone app stays open for days: look for a new version whenever it comes back to the foreground.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.check();
		});
	}

	/** Asks the server whether a new version exists; harmless offline. */
	async check(): Promise<void> {
		try {
			await this.#workbox?.update();
		} catch {
			// Offline or the server is away: try again next time.
		}
	}

	async apply(): Promise<void> {
		const workbox = this.#workbox;
		if (!workbox || this.updating) return;
		this.updating = true;
		await flushDrafts();
		workbox.addEventListener('controlling', () => window.location.reload());
		workbox.messageSkipWaiting();
	}
}
