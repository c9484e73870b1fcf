// Crisis lines bundled with the app so that Help now works with no network (shared/CLINICAL.md, "Crisis lines").
// Numbers are stored as people write them and dialled through phone.ts; names of services are proper names and
// not translated. Each line carries where it was checked and when, so the check before a release knows what to
// verify: `checked` is the day the line was last compared with shared/CLINICAL.md's table (the expert review of
// 2 December 2026), which was checked against the operators' and ministries' pages named in `source`, as copied
// in public sources up to early 2026. Re-check every line against its source before a release.

import { isRegion, type Region } from './regions';

export { REGIONS, isRegion, type Region } from './regions';

/** What the catalogue says under a line's name (i18n/help-now.en.ts, `lineNotes`). */
export type LineNote =
	'spanish988' | 'englishFrench' | 'england' | 'starFromMobiles' | 'option4' | 'option5' | 'fromMobiles';

/** Which emergency service a number reaches; the catalogue names it (`services`). */
export type EmergencyService = 'general' | 'police' | 'ambulance' | 'samu' | 'deafText';

export interface CrisisLine {
	/** Stable key, for lists and tests. */
	readonly id: string;
	/** 'crisis' is a listening or suicide-prevention line; 'emergency' is the police, ambulance and fire number. */
	readonly kind: 'crisis' | 'emergency';
	/** The service's own name; emergency numbers are named by their `service` instead, in the client's language. */
	readonly name?: string;
	readonly service?: EmergencyService;
	readonly note?: LineNote;
	/** The number to call, as people write it ("116 123"); absent for a text-only service. */
	readonly call?: string;
	/** Where texts go and the word the service asks for ("text SHOUT to 85258"), if it takes texts. */
	readonly text?: { readonly to: string; readonly body?: string };
	/** Who publishes the number (shared/CLINICAL.md, "Sources"). */
	readonly source: string;
	/** YYYY-MM-DD: when the line was last checked against its source. */
	readonly checked: string;
}

const CHECKED = '2026-12-02';
// Emergency numbers are checked against the emergency column of shared/CLINICAL.md's table.
const EMERGENCY_SOURCE = 'CLINICAL.md, emergency numbers';

const crisis = (
	id: string,
	name: string,
	source: string,
	call?: string,
	text?: CrisisLine['text'],
	note?: LineNote
): CrisisLine => ({ id, kind: 'crisis', name, call, text, note, source, checked: CHECKED });

const emergency = (
	id: string,
	call: string,
	service: EmergencyService = 'general',
	note?: LineNote,
	source = EMERGENCY_SOURCE
): CrisisLine =>
	// France's 114 takes texts (and video) from deaf and hard-of-hearing people: a number to text, not to call.
	service === 'deafText'
		? { id, kind: 'emergency', service, note, text: { to: call }, source, checked: CHECKED }
		: { id, kind: 'emergency', service, note, call, source, checked: CHECKED };

export const CRISIS_LINES: Readonly<Record<Region, readonly CrisisLine[]>> = {
	US: [
		crisis('us-988', '988 Suicide & Crisis Lifeline', '988lifeline.org', '988', { to: '988' }, 'spanish988'),
		// Not among CLINICAL.md's named sources: check it at crisistextline.org.
		crisis('us-crisis-text-line', 'Crisis Text Line', 'crisistextline.org', undefined, {
			to: '741741',
			body: 'HOME'
		}),
		emergency('us-911', '911')
	],
	CA: [
		crisis(
			'ca-988',
			'9-8-8 Suicide Crisis Helpline',
			'PHAC release, 30 Nov 2023',
			'988',
			{ to: '988' },
			'englishFrench'
		),
		emergency('ca-911', '911')
	],
	GB: [
		crisis('gb-samaritans', 'Samaritans', 'samaritans.org', '116 123'),
		crisis('gb-shout', 'Shout', 'giveusashout.org', undefined, { to: '85258', body: 'SHOUT' }),
		// Not among CLINICAL.md's named sources: check it at nhs.uk.
		crisis('gb-nhs-111', 'NHS 111', 'nhs.uk', '111', undefined, 'england'),
		emergency('gb-999', '999'),
		emergency('gb-112', '112')
	],
	IE: [
		crisis('ie-samaritans', 'Samaritans', 'samaritans.org', '116 123'),
		// Not among CLINICAL.md's named sources: check them at 50808.ie and pieta.ie.
		crisis('ie-50808', '50808', '50808.ie', undefined, { to: '50808' }),
		crisis('ie-pieta', 'Pieta', 'pieta.ie', '1800 247 247', { to: '51444', body: 'HELP' }),
		emergency('ie-112', '112', 'general', undefined, 'HSE, www2.hse.ie'),
		emergency('ie-999', '999', 'general', undefined, 'HSE, www2.hse.ie')
	],
	AU: [
		// Text 24/7 since February 2022.
		crisis('au-lifeline', 'Lifeline', 'lifeline.org.au', '13 11 14', { to: '0477 13 11 14' }),
		emergency('au-000', '000'),
		emergency('au-112', '112', 'general', 'fromMobiles')
	],
	NZ: [
		crisis('nz-1737', '1737, Need to talk?', 'NZ Ministry of Health', '1737', { to: '1737' }),
		emergency('nz-111', '111')
	],
	DE: [
		crisis('de-telefonseelsorge-1', 'TelefonSeelsorge', 'telefonseelsorge.de', '0800 111 0 111'),
		crisis('de-telefonseelsorge-2', 'TelefonSeelsorge', 'telefonseelsorge.de', '0800 111 0 222'),
		crisis('de-telefonseelsorge-116123', 'TelefonSeelsorge', 'telefonseelsorge.de', '116 123'),
		emergency('de-112', '112'),
		emergency('de-110', '110', 'police')
	],
	FR: [
		// Since 1 October 2021.
		crisis('fr-3114', '3114, numéro national de prévention du suicide', '3114.fr', '3114'),
		emergency('fr-112', '112'),
		emergency('fr-15', '15', 'samu'),
		emergency('fr-114', '114', 'deafText')
	],
	ES: [
		// Since 10 May 2022.
		crisis('es-024', '024, Línea de atención a la conducta suicida', 'Ministerio de Sanidad', '024'),
		emergency('es-112', '112')
	],
	MX: [
		crisis('mx-linea-de-la-vida', 'Línea de la Vida', 'CONASAMA', '800 911 2000'),
		emergency('mx-911', '911')
	],
	AR: [
		// Since September 2022.
		crisis(
			'ar-salud-mental',
			'Línea de salud mental (Ministerio de Salud)',
			'Ministerio de Salud Argentina',
			'0800 999 0091'
		),
		emergency('ar-911', '911')
	],
	CL: [
		// Since 4 January 2023; from mobile phones only.
		crisis(
			'cl-4141',
			'Línea de Prevención del Suicidio',
			'MINSAL Chile',
			'*4141',
			undefined,
			'starFromMobiles'
		),
		emergency('cl-131', '131', 'ambulance'),
		emergency('cl-133', '133', 'police')
	],
	CO: [
		crisis('co-192', 'Línea 192', 'MinSalud Colombia', '192', undefined, 'option4'),
		emergency('co-123', '123')
	],
	PE: [
		crisis('pe-113', 'Línea 113', 'MINSA Peru', '113', undefined, 'option5'),
		emergency('pe-106', '106', 'samu'),
		emergency('pe-105', '105', 'police')
	]
};

/** Which country's lines apply: one the app carries, one it does not carry (ISO 3166 code), or not known. */
export type RegionGuess =
	| { readonly kind: 'bundled'; readonly region: Region }
	| { readonly kind: 'unbundled'; readonly country: string }
	| { readonly kind: 'unknown' };

/**
 * The country a person most likely is in, from their browser's locales: the first locale that names a country
 * ("de-DE" -> DE, even when "en-IE" follows, since the first is the one they chose first). A bare language ("en")
 * or a continent ("es-419") names no country, so the next locale is tried, and with none the app asks.
 */
export function regionFromLocales(locales: readonly string[]): RegionGuess {
	for (const locale of locales) {
		let region: string | undefined;
		try {
			region = new Intl.Locale(locale).region;
		} catch {
			continue;
		}
		if (!region || !/^[A-Z]{2}$/.test(region)) continue;
		// "UK" is a common non-ISO spelling of GB.
		const code = region === 'UK' ? 'GB' : region;
		return isRegion(code) ? { kind: 'bundled', region: code } : { kind: 'unbundled', country: code };
	}
	return { kind: 'unknown' };
}

/** The number everyone can be told to try where the app carries no lines: 112 across the EU and from most mobiles. */
export const FALLBACK_EMERGENCY = '112';
