import { untrack } from 'svelte';

/**
 * An attachment that starts an element's CSS animation `seconds()` in, read once when the element appears:
 * a step that is already under way (after a pause or a slow tick) shows where the clock says it is. Read
 * once, because changing animation-delay later would move a running animation twice.
 */
export const startAt = (seconds: () => number) => (node: HTMLElement) => {
	node.style.animationDelay = `-${untrack(seconds)}s`;
};
