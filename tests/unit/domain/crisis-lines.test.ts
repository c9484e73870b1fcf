import { describe, expect, test } from 'vitest';
import { CRISIS_LINES, REGIONS, regionFromLocales, type CrisisLine } from '$lib/domain/crisis-lines';
import { parseDial, smsHref, telHref } from '$lib/domain/phone';

const call = (line: CrisisLine) => (line.call ? telHref(line.call) : null);
const text = (line: CrisisLine) => (line.text ? smsHref(line.text.to, line.text.body) : null);
/** Each line as [id, tel: href, sms: href]: what a tap opens. */
const hrefs = (region: keyof typeof CRISIS_LINES) =>
	CRISIS_LINES[region].map((line) => [line.id, call(line), text(line)]);

describe('crisis lines (CLINICAL.md, "Crisis lines")', () => {
	test('every country in CLINICAL.md’s table is bundled', () => {
		expect([...REGIONS].sort()).toEqual(
			['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'MX', 'AR', 'CL', 'CO', 'PE'].sort()
		);
	});

	test.each([
		[
			'US',
			[
				['us-988', 'tel:988', 'sms:988'],
				['us-crisis-text-line', null, 'sms:741741?&body=HOME'],
				['us-911', 'tel:911', null]
			]
		],
		[
			'CA',
			[
				['ca-988', 'tel:988', 'sms:988'],
				['ca-911', 'tel:911', null]
			]
		],
		[
			'GB',
			[
				['gb-samaritans', 'tel:116123', null],
				['gb-shout', null, 'sms:85258?&body=SHOUT'],
				['gb-nhs-111', 'tel:111', null],
				['gb-999', 'tel:999', null],
				['gb-112', 'tel:112', null]
			]
		],
		[
			'IE',
			[
				['ie-samaritans', 'tel:116123', null],
				['ie-50808', null, 'sms:50808'],
				['ie-pieta', 'tel:1800247247', 'sms:51444?&body=HELP'],
				['ie-112', 'tel:112', null],
				['ie-999', 'tel:999', null]
			]
		],
		[
			'AU',
			[
				['au-lifeline', 'tel:131114', 'sms:0477131114'],
				['au-000', 'tel:000', null],
				['au-112', 'tel:112', null]
			]
		],
		[
			'NZ',
			[
				['nz-1737', 'tel:1737', 'sms:1737'],
				['nz-111', 'tel:111', null]
			]
		],
		[
			'DE',
			[
				['de-telefonseelsorge-1', 'tel:08001110111', null],
				['de-telefonseelsorge-2', 'tel:08001110222', null],
				['de-telefonseelsorge-116123', 'tel:116123', null],
				['de-112', 'tel:112', null],
				['de-110', 'tel:110', null]
			]
		],
		[
			'FR',
			[
				['fr-3114', 'tel:3114', null],
				['fr-112', 'tel:112', null],
				['fr-15', 'tel:15', null],
				['fr-114', null, 'sms:114']
			]
		],
		[
			'ES',
			[
				['es-024', 'tel:024', null],
				['es-112', 'tel:112', null]
			]
		],
		[
			'MX',
			[
				['mx-linea-de-la-vida', 'tel:8009112000', null],
				['mx-911', 'tel:911', null]
			]
		],
		[
			'AR',
			[
				['ar-salud-mental', 'tel:08009990091', null],
				['ar-911', 'tel:911', null]
			]
		],
		[
			'CL',
			[
				['cl-4141', 'tel:*4141', null],
				['cl-131', 'tel:131', null],
				['cl-133', 'tel:133', null]
			]
		],
		[
			'CO',
			[
				['co-192', 'tel:192', null],
				['co-123', 'tel:123', null]
			]
		],
		[
			'PE',
			[
				['pe-113', 'tel:113', null],
				['pe-106', 'tel:106', null],
				['pe-105', 'tel:105', null]
			]
		]
	] as const)('%s: each line calls and texts the numbers in CLINICAL.md', (region, expected) => {
		expect(hrefs(region)).toEqual(expected);
	});

	test('every line says where it comes from and when it was last checked', () => {
		for (const line of Object.values(CRISIS_LINES).flat()) {
			expect(line.source, line.id).toMatch(/\S/);
			expect(line.checked, line.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			// Every number in the data can be dialled or texted as written.
			if (line.call) expect(parseDial(line.call).ok, line.id).toBe(true);
			if (line.text) expect(parseDial(line.text.to).ok, line.id).toBe(true);
			expect(line.call ?? line.text, line.id).toBeTruthy();
		}
	});

	test('the emergency numbers are those in CLINICAL.md’s table, first the general one', () => {
		const emergency = Object.fromEntries(
			REGIONS.map((region) => [
				region,
				CRISIS_LINES[region]
					.filter((line) => line.kind === 'emergency')
					.map((line) => line.call ?? line.text?.to)
			])
		);
		expect(emergency).toEqual({
			US: ['911'],
			CA: ['911'],
			GB: ['999', '112'],
			IE: ['112', '999'],
			AU: ['000', '112'],
			NZ: ['111'],
			DE: ['112', '110'],
			FR: ['112', '15', '114'],
			ES: ['112'],
			MX: ['911'],
			AR: ['911'],
			CL: ['131', '133'],
			CO: ['123'],
			PE: ['106', '105']
		});
	});

	test.each([
		[['en-GB'], { kind: 'bundled', region: 'GB' }],
		[['en-US', 'en'], { kind: 'bundled', region: 'US' }],
		[['fr-CA'], { kind: 'bundled', region: 'CA' }],
		[['de-DE'], { kind: 'bundled', region: 'DE' }],
		[['es-MX'], { kind: 'bundled', region: 'MX' }],
		[['es-ES'], { kind: 'bundled', region: 'ES' }],
		// The first locale that names a country decides, even when a bundled one follows.
		[['de-AT', 'en-US'], { kind: 'unbundled', country: 'AT' }],
		[['ja-JP'], { kind: 'unbundled', country: 'JP' }],
		[['pt-BR', 'es-MX'], { kind: 'unbundled', country: 'BR' }],
		// A bare language or a continent names no country: the next locale is tried.
		[['en', 'en-NZ'], { kind: 'bundled', region: 'NZ' }],
		[['es-419'], { kind: 'unknown' }],
		[['en'], { kind: 'unknown' }],
		[['not a locale', 'en-IE'], { kind: 'bundled', region: 'IE' }],
		[[], { kind: 'unknown' }]
	] as const)('locales %j give %j', (locales, guess) => {
		expect(regionFromLocales(locales)).toEqual(guess);
	});
});
