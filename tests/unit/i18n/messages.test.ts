import { describe, expect, test } from 'vitest';
import { MESSAGE_CODES } from '$lib/domain/messages';
import { messagesByField } from '$lib/domain/errors';
import { SleepDiary } from '$lib/domain/sleep.schema';
import { fieldTexts, messageText, mMessages } from '$lib/i18n/messages';
import { makeSleepDiary } from '../../factories';

describe('the words for every message code', () => {
	test('every code has English words, and nothing else is in the catalogue', () => {
		expect(Object.keys(mMessages).sort()).toEqual([...MESSAGE_CODES].sort());
	});

	test.each([
		[{ code: 'checkIn.noteTooLong', values: { max: 10_000 } }, 'Keep the note under 10,000 characters.'],
		[{ code: 'plan.tooManyPeople', values: { max: 30 } }, 'Choose 30 people at most.'],
		[{ code: 'item.nameMissing' }, 'Give it a name.'],
		[
			{ code: 'sleep.asleepTooLong', values: { sol: 300, waso: 300, window: 450 } },
			'Falling asleep (300 min) and time awake in the night (300 min) add up to more than the 450 min between trying to sleep and your final waking. Check these numbers.'
		]
	] as const)('%j reads "%s"', (message, words) => {
		expect(messageText(message)).toBe(words);
	});

	test('a code this version does not know reads as "not valid", never as the code', () => {
		expect(messageText({ code: 'from.a.newer.version' as never })).toBe(
			'Something in this form is not valid.'
		);
	});

	test('a rejected diary reads beside its field as the client would see it', () => {
		const result = SleepDiary.safeParse(makeSleepDiary({ inBed: '23:30', triedToSleep: '23:00' }));
		expect(result.success || fieldTexts(messagesByField(result.error))).toEqual({
			triedToSleep: 'You tried to sleep before getting into bed. Check these two times.'
		});
	});
});
