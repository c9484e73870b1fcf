// Turning a number as people write it into what a phone can dial, for every tel: and sms: link in the app:
// crisis lines, the client's own people and professionals, on Help now, the safety plan and the item-9 panel.
// Pure, and free of the crisis lines' data, so the contact validator can share it without bringing them along.

/** Why a number cannot be dialled; the catalogue (i18n/help-now.en.ts, `phone`) says it in words. */
export type DialIssue =
	| 'phone.empty'
	| 'phone.letters'
	| 'phone.characters'
	| 'phone.plusNotFirst'
	| 'phone.tooShort'
	| 'phone.tooLong';

export type Dial =
	| {
			readonly ok: true;
			/** What follows `tel:`: digits, a leading + for an international number, or a leading * (Chile's *4141). */
			readonly number: string;
			/** An extension written after the number ("ext. 12", "x12"): shown to key in, never put in the link. */
			readonly extension?: string;
	  }
	| { readonly ok: false; readonly issue: DialIssue };

// What people put between digits: spaces of every width, dots, dashes, slashes (German "030/1234567") and brackets.
const SEPARATORS = /[\s\u00a0\u2000-\u200b\u202f.\-/()]/g;
// An extension at the end: "ext. 12", "ext 12", "extn 12", "extension 12", "x12", "x 12", or RFC 3966's ";ext=12".
const EXTENSION = /\s*(?:;\s*ext\s*=|,?\s*(?:ext(?:ension|n)?\.?|x)\s*)\s*(\d{1,6})\s*$/i;
// E.164 allows 15 digits after the +; a national number may carry one trunk digit more.
const MAX_INTERNATIONAL = 15;
const MAX_NATIONAL = 16;
// The shortest numbers that connect are two digits (France's 15, SAMU); with a country code, seven (Niue).
const MIN_NATIONAL = 2;
const MIN_INTERNATIONAL = 7;

/**
 * The dial string of a number as a person wrote it, or why it cannot be dialled.
 *
 * - `+44 (0)20 7946 0321` -> `+442079460321`: a trunk zero written in brackets after a country code is never
 *   dialled (ITU-T E.123; shared/CLINICAL.md); many networks refuse the call with it. Italy writes its leading 0
 *   without brackets (+39 06 ...) and it is kept, as is any bare digit: only the bracketed "(0)" is dropped.
 * - `0044 20 ...` -> `+4420...`, and Australia's `0011` likewise: `+` reaches the same number from any country,
 *   where `00` does not (North America dials 011, Australia 0011).
 * - Extensions are returned apart and left out of the link. RFC 3966 writes them `tel:+44...;ext=12`, but that
 *   parameter names the extension for a switchboard; diallers do not send it as tones, and Android's dialler reads
 *   `;` as "wait" and may turn the letters into digits. The main number always connects; the extension is shown
 *   beside the button to key in once someone answers.
 */
export function parseDial(written: string): Dial {
	let text = written.trim();
	if (!text) return { ok: false, issue: 'phone.empty' };

	let extension: string | undefined;
	const ext = EXTENSION.exec(text);
	if (ext && ext.index > 0) {
		extension = ext[1];
		text = text.slice(0, ext.index).trim();
	}

	let international = text.startsWith('+');
	if (international) text = text.slice(1);
	// The trunk zero in brackets, only after a country code: "(0)20" at the start of a national number is 020.
	if (international) text = text.replace(/\(\s*0\s*\)/, '');
	const star = !international && text.startsWith('*');
	if (star) text = text.slice(1);

	if (/[a-z]/i.test(text)) return { ok: false, issue: 'phone.letters' };
	if (text.includes('+')) return { ok: false, issue: 'phone.plusNotFirst' };
	const digits = text.replace(SEPARATORS, '');
	if (/\D/.test(digits)) return { ok: false, issue: 'phone.characters' };

	let number = digits;
	if (!international && !star) {
		const idd = /^(0011|00)(?=[1-9])/.exec(number);
		if (idd) {
			international = true;
			number = number.slice(idd[0].length);
		}
	}
	if (international) {
		if (number.length < MIN_INTERNATIONAL) return { ok: false, issue: 'phone.tooShort' };
		if (number.length > MAX_INTERNATIONAL) return { ok: false, issue: 'phone.tooLong' };
		number = `+${number}`;
	} else {
		if (number.length < MIN_NATIONAL) return { ok: false, issue: 'phone.tooShort' };
		if (number.length > MAX_NATIONAL) return { ok: false, issue: 'phone.tooLong' };
		if (star) number = `*${number}`;
	}
	return extension ? { ok: true, number, extension } : { ok: true, number };
}

/** `tel:` for a number as written, or null when it cannot be dialled (show it as text, with no link). */
export function telHref(written: string): string | null {
	const dial = parseDial(written);
	return dial.ok ? `tel:${dial.number}` : null;
}

/**
 * `sms:` for a number as written, with the message already typed where the service asks for a word ("text SHOUT
 * to 85258"), or null when the number cannot be texted.
 *
 * The body is written `sms:85258?&body=SHOUT`. RFC 5724 says `?body=`, which Android's messaging apps read; the
 * Messages app on iOS 8 and later reads the body after `&` and keeps a `?body=` out of the message. `?&body=` is
 * read by both: Android sees a query whose first field is empty, iOS sees `&body=`. A phone that reads neither
 * still opens the right number, and the screen always says which word to send.
 */
export function smsHref(written: string, body?: string): string | null {
	const dial = parseDial(written);
	if (!dial.ok || dial.number.startsWith('*')) return null;
	return body ? `sms:${dial.number}?&body=${encodeURIComponent(body)}` : `sms:${dial.number}`;
}
