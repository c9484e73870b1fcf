import { describe, expect, test } from 'vitest';
import { CRISIS_LINES, dialString, regionFromLocales, smsHref, telHref } from '$lib/domain/crisis-lines';

describe('crisis lines (CLINICAL.md)', () => {
	test.each([
		['US', ['988', '911']],
		['CA', ['988', '911']],
		['GB', ['116123', '999']],
		['IE', ['116123', '112']],
		['AU', ['131114', '000']],
		['NZ', ['1737', '111']]
	] as const)('%s has its crisis line and emergency number', (region, numbers) => {
		expect(CRISIS_LINES[region].map((line) => line.dial)).toEqual(numbers);
	});

	test('the lines that take texts are 988 (US, Canada) and 1737 (New Zealand)', () => {
		const texting = Object.values(CRISIS_LINES)
			.flat()
			.filter((line) => line.text)
			.map((line) => line.id);
		expect(texting).toEqual(['us-988', 'ca-988', 'nz-1737']);
	});

	test.each([
		[['en-GB'], 'GB'],
		[['en-US', 'en'], 'US'],
		[['fr-CA'], 'CA'],
		[['en'], null],
		[['de-DE', 'en-IE'], 'IE'],
		[['not a locale', 'en-NZ'], 'NZ'],
		[[], null]
	] as const)('locales %j give region %s', (locales, region) => {
		expect(regionFromLocales(locales)).toBe(region);
	});

	test.each([
		['116 123', '116123'],
		['+44 (0)7700-900 123', '+4407700900123'],
		[' 13 11 14 ', '131114']
	])('"%s" dials as %s', (typed, dialled) => {
		expect(dialString(typed)).toBe(dialled);
		expect(telHref(typed)).toBe(`tel:${dialled}`);
		expect(smsHref(typed)).toBe(`sms:${dialled}`);
	});
});
