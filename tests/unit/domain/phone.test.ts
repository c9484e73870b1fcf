import { describe, expect, test } from 'vitest';
import { parseDial, smsHref, telHref } from '$lib/domain/phone';

describe('dialling a number as people write it', () => {
	test.each([
		// The trunk zero in brackets after a country code is never dialled (ITU-T E.123; CLINICAL.md).
		['+44 (0)20 7946 0321', '+442079460321'],
		['+44(0)7700 900123', '+447700900123'],
		['+353 (0)1 234 5678', '+35312345678'],
		['+61 (0)2 9876 5432', '+61298765432'],
		['+64 (0) 9 123 4567', '+6491234567'],
		['+33 (0)1 23 45 67 89', '+33123456789'],
		// Italy keeps its leading 0 after the country code, and it is written without brackets.
		['+39 06 1234 5678', '+390612345678'],
		// Without a country code, brackets are only grouping: the trunk zero is dialled.
		['(0)20 7946 0321', '02079460321'],
		['(020) 7946 0321', '02079460321'],
		// Spaces, dots, dashes, slashes, brackets and non-breaking spaces.
		['116 123', '116123'],
		[' 13 11 14 ', '131114'],
		['0800.111.0.111', '08001110111'],
		['800-911-2000', '8009112000'],
		['+1 (555) 010-0101', '+15550100101'],
		['030/1234567', '0301234567'],
		['0800\u00a0111\u00a00\u00a0222', '08001110222'],
		['+52 55 5555 5555', '+525555555555'],
		// 00 and Australia's 0011 are international prefixes: + reaches the number from any country.
		['0044 20 7946 0321', '+442079460321'],
		['00 52 800 911 2000', '+528009112000'],
		['0011 44 20 7946 0321', '+442079460321'],
		// Short codes and Chile's *4141 (from mobiles).
		['112', '112'],
		['15', '15'],
		['024', '024'],
		['*4141', '*4141']
	])('"%s" dials as %s', (written, number) => {
		expect(parseDial(written)).toEqual({ ok: true, number });
		expect(telHref(written)).toBe(`tel:${number}`);
	});

	test.each([
		['+44 (0)20 7946 0321 ext. 12', '+442079460321', '12'],
		['020 7946 0321 ext 12', '02079460321', '12'],
		['020 7946 0321 x12', '02079460321', '12'],
		['020 7946 0321 X 345', '02079460321', '345'],
		['+1 555 010 0101, extension 9', '+15550100101', '9'],
		['+1-555-010-0101;ext=77', '+15550100101', '77']
	])('"%s" dials the main number %s and keeps extension %s apart', (written, number, extension) => {
		expect(parseDial(written)).toEqual({ ok: true, number, extension });
		// The extension is keyed in once someone answers; the link dials the main number only.
		expect(telHref(written)).toBe(`tel:${number}`);
	});

	test.each([
		['', 'phone.empty'],
		['   ', 'phone.empty'],
		['1-800-FLOWERS', 'phone.letters'],
		['call me', 'phone.letters'],
		['44+20 7946 0321', 'phone.plusNotFirst'],
		['++44 20 7946 0321', 'phone.plusNotFirst'],
		['020 7946 0321 #12', 'phone.characters'],
		['1', 'phone.tooShort'],
		['+44 12', 'phone.tooShort'],
		['1234 5678 9012 3456 7', 'phone.tooLong'],
		['+44 1234 5678 9012 3456', 'phone.tooLong']
	])('"%s" cannot be dialled: %s', (written, issue) => {
		expect(parseDial(written)).toEqual({ ok: false, issue });
		expect(telHref(written)).toBeNull();
		expect(smsHref(written)).toBeNull();
	});

	test.each([
		['85258', 'SHOUT', 'sms:85258?&body=SHOUT'],
		['741741', 'HOME', 'sms:741741?&body=HOME'],
		['51444', 'HELP', 'sms:51444?&body=HELP'],
		['988', 'AYUDA', 'sms:988?&body=AYUDA'],
		['0477 13 11 14', undefined, 'sms:0477131114'],
		['+44 (0)7700 900123', undefined, 'sms:+447700900123'],
		['50808', 'two words', 'sms:50808?&body=two%20words']
	])('texting %s with %s opens %s', (written, body, href) => {
		expect(smsHref(written, body)).toBe(href);
	});

	test('a star code can be called but not texted', () => {
		expect(smsHref('*4141')).toBeNull();
	});
});
