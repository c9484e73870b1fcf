import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/svelte';
import { vi } from 'vitest';

// Role queries compute accessible names across a whole screen, which jsdom does slowly when every file runs
// at once on a 2-core machine: wait up to 30 s for what a person would see: a bound for a hang, not a measure of speed.
configure({ asyncUtilTimeout: 30_000 });

// The same for vi.waitFor, whose default of 1 s a fake-indexeddb round trip on a busy machine can take.
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) =>
	waitFor(callback, {
		timeout: 30_000,
		...(typeof options === 'number' ? { timeout: options } : options)
	})) as typeof vi.waitFor;

// jsdom lays nothing out, so it has no ResizeObserver; Svelte's size bindings (bind:offsetHeight) need one to
// exist. This one never reports a size, as jsdom would only ever report zero.
globalThis.ResizeObserver ??= class {
	observe(): void {}
	unobserve(): void {}
	disconnect(): void {}
};
