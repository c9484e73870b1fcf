import type { MessageCode, MessageValues } from '$lib/domain/messages';
import { formatNumber } from './format';

/** Every message code's words: a text, or a function of the values the code carries. */
export type MessageWords = {
	[C in MessageCode]: C extends keyof MessageValues ? (values: MessageValues[C]) => string : string;
};

const under = (what: string) => (values: { max: number }) =>
	`Keep ${what} under ${formatNumber(values.max)} characters.`;

/** What the domain and the database report (domain/messages.ts), in words, beside the field it is about. */
export const messagesEn = {
	invalid: 'Something in this form is not valid.',
	'record.badId': 'This record has no valid id.',
	'day.invalid': 'Use a real date written as YYYY-MM-DD.',
	'instant.invalid': 'Use a date and time with its offset.',
	'checkIn.mood': 'Choose how you feel, from 0 to 10.',
	'checkIn.rating': 'A rating goes from 0 to 10.',
	'checkIn.noteTooLong': under('the note'),
	'checkIn.tooManyTags': 'That is more tags than one check-in can hold.',
	'checkIn.tagTwice': 'A tag is chosen twice.',
	'checkIn.futureDay': 'A check-in cannot be for a day that has not come yet.',
	'checkIn.filledInLater': 'Only a check-in for an earlier day is marked as filled in later.',
	'checkIn.gone': 'That check-in no longer exists.',
	'item.nameMissing': 'Give it a name.',
	'item.nameTooLong': under('the name'),
	'item.nameTaken': ({ name }) => `You already have “${name}”. Use that one, or choose another name.`,
	'item.gone': 'That item no longer exists.',
	'tag.kind': 'Choose what kind of tag this is.',
	'phone.empty': 'Add a phone number.',
	'phone.letters': 'Write the number in digits: a phone cannot dial letters from a link.',
	'phone.characters':
		'Use digits, with spaces, dots, dashes or brackets if you like, and + only at the start.',
	'phone.plusNotFirst': 'Put the + only at the start, before the country code.',
	'phone.tooShort': 'That number is too short to dial: it needs at least 3 digits, or 7 after a +.',
	'phone.tooLong': 'That number has too many digits to dial: at most 15 after a +.',
	'contact.nameMissing': 'Add a name, so you know who this is.',
	'contact.nameTooLong': under('the name'),
	'contact.noteTooLong': under('the note'),
	'contact.gone': 'That contact no longer exists.',
	'plan.lineTooLong': under('each line'),
	'plan.tooManyLines': ({ max }) => `That is a lot for one step: ${formatNumber(max)} lines at most, please.`,
	'plan.tooManyPeople': ({ max }) => `Choose ${formatNumber(max)} people at most.`,
	'plan.reviewDay': 'Choose the day you went through it together.',
	'plan.reviewFuture': 'Choose today or a day in the past.',
	'measure.answer': 'Each answer is one of the four choices.',
	'measure.difficulty': 'Choose one of the four answers, or leave it blank.',
	'measure.incomplete': 'Answer every question before finishing. Nothing is scored until all are answered.',
	'measure.unanswered': 'Every question needs an answer.',
	'measure.scoreMismatch': 'The stored score does not match the answers.',
	'settings.intervalTooLong': 'Choose an interval of at most a year.',
	'skills.distress': 'Choose a number from 0 to 10.',
	'skills.textTooLong': under('this'),
	'skills.noteTooLong': under('the note'),
	'stopPlan.cueMissing': 'Add your stop cue, even just the word “Stop”.',
	'stopPlan.cueTooLong': under('the cue'),
	'stopPlan.replacementMissing': 'Add what you will switch to: a thought or something to do.',
	'stopPlan.replacementTooLong': under('the replacement'),
	'memory.titleMissing': 'Give the memory a short name, so you can find it.',
	'memory.titleTooLong': under('the name'),
	'habit.tooLong': under('the habit'),
	'habit.labelMissing': 'Write the habit in your own words.',
	'sleep.timeFormat': 'Use a time written as HH:MM, like 23:15.',
	'sleep.wholeNumber': 'Use a whole number, 0 or more: 12 or 13, not 12.5.',
	'sleep.tooMany': ({ max }) => `That is more than ${formatNumber(max)}. Check the number.`,
	'sleep.timeZone': 'This diary has no valid time zone.',
	'sleep.commentsTooLong': under('the comments'),
	'sleep.missing.inBed': 'Add the time you got into bed.',
	'sleep.missing.triedToSleep': 'Add the time you tried to go to sleep.',
	'sleep.missing.finalAwakening': 'Add the time you woke for the last time.',
	'sleep.missing.outOfBed': 'Add the time you got out of bed.',
	'sleep.missing.solMinutes': 'Add how many minutes it took to fall asleep (0 if straight away).',
	'sleep.missing.awakenings': 'Add how many times you woke in the night (0 if none).',
	'sleep.missing.wasoMinutes': 'Add how many minutes you were awake in the night (0 if none).',
	'sleep.order.triedToSleep': 'You tried to sleep before getting into bed. Check these two times.',
	'sleep.order.finalAwakening':
		'Your final waking comes before the time you tried to sleep. Check these two times.',
	'sleep.order.outOfBed': 'You got out of bed before your final waking. Check these two times.',
	'sleep.sameTime': 'Getting into bed and out of bed are at the same time. Check these two times.',
	'sleep.wasoWithoutAwakenings':
		'You gave minutes awake in the night but no awakenings. Add how many times you woke, or set the minutes to 0.',
	'sleep.asleepTooLong': ({ sol, waso, window }) =>
		`Falling asleep (${formatNumber(sol)} min) and time awake in the night (${formatNumber(waso)} min) add up to more than the ${formatNumber(window)} min between trying to sleep and your final waking. Check these numbers.`,
	'sleep.longNight': 'That is more than 14 hours in bed. If the times are right, you can still save.',
	'sleep.clocksBack': ({ end }) =>
		`The clocks went back an hour during this night, so this time came round twice. We have counted the first one, before the change. If yours was the second, you can enter ${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')} instead, if that is near enough, or save it as it is.`,
	'sleep.futureDay': 'This day has not come yet. Choose the morning you got up.',
	'sleep.dayTaken': 'There is already a diary for this morning. Open it from the list to change it.',
	'worksheet.textTooLong': under('this'),
	'worksheet.rating': 'Choose a number from 0 to 100.',
	'worksheet.moodNameMissing': 'Give the mood a name.',
	'worksheet.moodNameTooLong': under('the mood name'),
	'worksheet.tooMany': (values) => `This holds up to ${formatNumber(values.max)}.`,
	'worksheet.oneHotThought':
		'Mark one thought as the hot thought: the one that brings the strongest feeling.',
	'worksheet.gone': 'That worksheet no longer exists.',
	'activity.nameMissing': 'Say what the activity was, in a word or two.',
	'activity.nameTooLong': under('the activity'),
	'activity.noteTooLong': under('this'),
	'activity.rating': 'Choose a number from 0 to 10.',
	'activity.block': 'Choose the time of day.',
	'distortion.nameMissing': 'Give it a name.',
	'distortion.nameTooLong': under('the name'),
	'distortion.descriptionTooLong': under('the description')
} satisfies MessageWords;
