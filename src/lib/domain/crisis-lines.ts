// Crisis lines bundled with the app so that Help now works with no network (shared/CLINICAL.md, "Crisis lines").
// Numbers are stored as shown to the person and as dialled; names of services are proper names and not translated.

import { isRegion, type Region } from './regions';

export { REGIONS, isRegion, type Region } from './regions';

export interface CrisisLine {
	/** Stable key, for lists and tests. */
	readonly id: string;
	/** 'crisis' is a listening or suicide-prevention line; 'emergency' is the police, ambulance and fire number. */
	readonly kind: 'crisis' | 'emergency';
	/** The service's own name; emergency numbers take a translated label instead. */
	readonly name?: string;
	/** As people write it: "116 123". */
	readonly display: string;
	/** As a phone dials it: "116123". */
	readonly dial: string;
	readonly call: true;
	readonly text: boolean;
}

export const CRISIS_LINES: Readonly<Record<Region, readonly CrisisLine[]>> = {
	US: [
		{
			id: 'us-988',
			kind: 'crisis',
			name: '988 Suicide & Crisis Lifeline',
			display: '988',
			dial: '988',
			call: true,
			text: true
		},
		{ id: 'us-911', kind: 'emergency', display: '911', dial: '911', call: true, text: false }
	],
	CA: [
		{
			id: 'ca-988',
			kind: 'crisis',
			name: '9-8-8 Suicide Crisis Helpline',
			display: '988',
			dial: '988',
			call: true,
			text: true
		},
		{ id: 'ca-911', kind: 'emergency', display: '911', dial: '911', call: true, text: false }
	],
	GB: [
		{
			id: 'gb-samaritans',
			kind: 'crisis',
			name: 'Samaritans',
			display: '116 123',
			dial: '116123',
			call: true,
			text: false
		},
		{ id: 'gb-999', kind: 'emergency', display: '999', dial: '999', call: true, text: false }
	],
	IE: [
		{
			id: 'ie-samaritans',
			kind: 'crisis',
			name: 'Samaritans',
			display: '116 123',
			dial: '116123',
			call: true,
			text: false
		},
		{ id: 'ie-112', kind: 'emergency', display: '112', dial: '112', call: true, text: false }
	],
	AU: [
		{
			id: 'au-lifeline',
			kind: 'crisis',
			name: 'Lifeline',
			display: '13 11 14',
			dial: '131114',
			call: true,
			text: false
		},
		{ id: 'au-000', kind: 'emergency', display: '000', dial: '000', call: true, text: false }
	],
	NZ: [
		{
			id: 'nz-1737',
			kind: 'crisis',
			name: '1737, Need to talk?',
			display: '1737',
			dial: '1737',
			call: true,
			text: true
		},
		{ id: 'nz-111', kind: 'emergency', display: '111', dial: '111', call: true, text: false }
	]
};

/**
 * The region a person most likely wants, from their browser's locales ("en-GB" -> GB).
 * A bare language ("en") says nothing about the country, so it gives null and the app asks.
 */
export function regionFromLocales(locales: readonly string[]): Region | null {
	for (const locale of locales) {
		let region: string | undefined;
		try {
			region = new Intl.Locale(locale).region;
		} catch {
			continue;
		}
		// Ireland and the UK share Samaritans; "UK" is a common non-ISO spelling.
		const code = region === 'UK' ? 'GB' : region;
		if (isRegion(code)) return code;
	}
	return null;
}

/** The digits (and a leading +) a phone needs, from a number as a person typed it. */
export function dialString(phone: string): string {
	const trimmed = phone.trim();
	const digits = trimmed.replace(/[^\d]/g, '');
	return trimmed.startsWith('+') ? `+${digits}` : digits;
}

export const telHref = (phone: string) => `tel:${dialString(phone)}`;
export const smsHref = (phone: string) => `sms:${dialString(phone)}`;
