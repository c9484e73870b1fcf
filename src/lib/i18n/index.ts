import { en, type Messages } from './en';

const catalogues: Record<string, Messages> = { en };

/** The catalogue for the first of `locales` we have, English otherwise. */
export function messagesFor(locales: readonly string[]): Messages {
	for (const locale of locales) {
		const language = locale.toLowerCase().split('-')[0] ?? '';
		const found = catalogues[language];
		if (found) return found;
	}
	return en;
}

/** The messages for this browser. Only English exists today; a second language registers above. */
export const m: Messages = messagesFor(typeof navigator === 'undefined' ? [] : navigator.languages);

export type { Messages };
