import { catalogue } from './catalogue.svelte';
import { en, type Messages } from './en';

/** The shell's words (navigation, Today, updates, storage problems), in the language on screen. */
export const m: Messages = catalogue('shell', en);

export type { Messages };
