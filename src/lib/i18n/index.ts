import { en, type Messages } from './en';
import { localize } from './localize';

/** The shell's words (navigation, Today, updates, storage problems) for this browser's language. */
export const m: Messages = localize({ en });

export type { Messages };
