import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/svelte';

// Role queries compute accessible names across a whole screen, which jsdom does slowly when every file runs
// at once on a 2-core machine: wait up to 30 s for what a person would see: a bound for a hang, not a measure of speed.
configure({ asyncUtilTimeout: 30_000 });

// jsdom lays nothing out, so it has no ResizeObserver; Svelte's size bindings (bind:offsetHeight) need one to
// exist. This one never reports a size, as jsdom would only ever report zero.
globalThis.ResizeObserver ??= class {
	observe(): void {}
	unobserve(): void {}
	disconnect(): void {}
};
