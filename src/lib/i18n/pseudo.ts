import { useCatalogues, pinLanguage, type Area, type Catalogues } from './catalogue.svelte';

// The pseudo-locale: every catalogue made from the English one, each letter accented and each text about 40 %
// longer, values left as they are. A screen in it shows at a glance any word that bypasses the catalogues (it is
// plain English), and whether the layout holds text as long as a translation's. Tests load it; users never do.

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥíĵķļɱñóþʠŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
const LETTERS = new Map([...PLAIN].map((letter, i) => [letter, [...ACCENTED][i] as string]));
const VOWELS = /[aeiouAEIOU]/;

/** The BCP 47 tag for pseudo-English (a private-use region), for `<html lang>`. */
export const PSEUDO_LANGUAGE = 'en-XA';

// A value a catalogue function is given (a name the client typed) passes through untouched, between these marks.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** One text in the pseudo-locale: accented, vowels doubled, padded to at least 1.4 times as long. */
export function pseudoText(text: string): string {
	let out = '';
	let inValue = false;
	for (const char of text) {
		if (char === OPEN || char === CLOSE) {
			inValue = char === OPEN;
			continue;
		}
		if (inValue) out += char;
		else out += (LETTERS.get(char) ?? char).repeat(VOWELS.test(char) ? 2 : 1);
	}
	if (!/[A-Za-z]/.test(text)) return out;
	const target = Math.ceil([...text].length * 1.4);
	const padding = Math.max(0, target - [...out].length);
	return padding ? `${out} ${'~'.repeat(Math.max(1, padding - 1))}` : out;
}

/** A catalogue with every text in the pseudo-locale; functions keep their placeholders and the values passed in. */
export function pseudoCatalogue<T>(words: T): T {
	if (typeof words === 'string') return pseudoText(words) as T;
	if (typeof words === 'function')
		return ((...args: unknown[]) =>
			pseudoText(
				String(
					(words as (...a: unknown[]) => unknown)(
						...args.map((arg) => (typeof arg === 'string' ? `${OPEN}${arg}${CLOSE}` : arg))
					)
				)
			)) as T;
	if (Array.isArray(words)) return words.map((item) => pseudoCatalogue(item)) as T;
	if (words && typeof words === 'object')
		return Object.fromEntries(
			Object.entries(words).map(([key, value]) => [key, pseudoCatalogue(value)])
		) as T;
	return words;
}

const made = new Map<Area, unknown>();

/** Shows every area, loaded now or later, in the pseudo-locale, and keeps it there whatever the settings say. */
export function usePseudoLocale(): void {
	pinLanguage();
	useCatalogues(<A extends Area>(area: A, en: Catalogues[A]) => {
		if (!made.has(area)) made.set(area, pseudoCatalogue(en));
		return made.get(area) as Catalogues[A];
	}, PSEUDO_LANGUAGE);
}
