import type { z } from 'zod/mini';

// What the domain and the database say to a person, as codes with values: never a sentence. The i18n layer
// (i18n/messages.en.ts and its siblings) says each one in the client's language, so a validation message
// written here today needs no rewriting for a second language.

export const MESSAGE_CODES = [
	// Anything a schema rejects without a code of its own (a zod default): "not valid".
	'invalid',
	// Shapes every record shares (common.ts).
	'record.badId',
	'day.invalid',
	'instant.invalid',
	// Check-ins, symptoms and tags.
	'checkIn.mood',
	'checkIn.rating',
	'checkIn.noteTooLong',
	'checkIn.tooManyTags',
	'checkIn.tagTwice',
	'checkIn.futureDay',
	'checkIn.filledInLater',
	'checkIn.gone',
	'item.nameMissing',
	'item.nameTooLong',
	'item.nameTaken',
	'item.gone',
	'tag.kind',
	// Contacts, and why a number cannot be dialled (phone.ts, DialIssue).
	'phone.empty',
	'phone.letters',
	'phone.characters',
	'phone.plusNotFirst',
	'phone.tooShort',
	'phone.tooLong',
	'contact.nameMissing',
	'contact.nameTooLong',
	'contact.noteTooLong',
	'contact.gone',
	// The safety plan.
	'plan.lineTooLong',
	'plan.tooManyLines',
	'plan.tooManyPeople',
	'plan.reviewDay',
	'plan.reviewFuture',
	// Questionnaires.
	'measure.answer',
	'measure.difficulty',
	'measure.incomplete',
	'measure.unanswered',
	'measure.scoreMismatch',
	// Settings.
	'settings.intervalTooLong',
	// Coping skills.
	'skills.distress',
	'skills.textTooLong',
	'skills.noteTooLong',
	'stopPlan.cueMissing',
	'stopPlan.cueTooLong',
	'stopPlan.replacementMissing',
	'stopPlan.replacementTooLong',
	'memory.titleMissing',
	'memory.titleTooLong',
	// Sleep: the checklist and the Consensus Sleep Diary.
	'habit.tooLong',
	'habit.labelMissing',
	'sleep.timeFormat',
	'sleep.wholeNumber',
	'sleep.tooMany',
	'sleep.timeZone',
	'sleep.commentsTooLong',
	'sleep.missing.inBed',
	'sleep.missing.triedToSleep',
	'sleep.missing.finalAwakening',
	'sleep.missing.outOfBed',
	'sleep.missing.solMinutes',
	'sleep.missing.awakenings',
	'sleep.missing.wasoMinutes',
	'sleep.order.triedToSleep',
	'sleep.order.finalAwakening',
	'sleep.order.outOfBed',
	'sleep.sameTime',
	'sleep.wasoWithoutAwakenings',
	'sleep.asleepTooLong',
	'sleep.longNight',
	'sleep.clocksBack',
	'sleep.futureDay',
	'sleep.dayTaken',
	// Worksheets: thought records and cognitive distortions.
	'worksheet.textTooLong',
	'worksheet.rating',
	'worksheet.moodNameMissing',
	'worksheet.moodNameTooLong',
	'worksheet.tooMany',
	'worksheet.oneHotThought',
	'worksheet.gone',
	'activity.nameMissing',
	'activity.nameTooLong',
	'activity.noteTooLong',
	'activity.rating',
	'activity.block',
	'ladder.suds',
	'ladder.minutes',
	'ladder.peakLow',
	'ladder.situationMissing',
	'ladder.situationTooLong',
	'distortion.nameMissing',
	'distortion.nameTooLong',
	'distortion.descriptionTooLong',
	'distortion.nameTaken',
	'problem.missing',
	'problem.noOptions',
	'problem.noChoice',
	'problem.noPlan',
	'problem.lineMissing',
	'problem.lineTooLong'
] as const;

export type MessageCode = (typeof MESSAGE_CODES)[number];

/** The values some messages carry: a limit, or the numbers a person typed. */
export interface MessageValues {
	'checkIn.noteTooLong': { max: number };
	'item.nameTooLong': { max: number };
	'item.nameTaken': { name: string };
	'contact.nameTooLong': { max: number };
	'contact.noteTooLong': { max: number };
	'plan.lineTooLong': { max: number };
	'plan.tooManyLines': { max: number };
	'plan.tooManyPeople': { max: number };
	'skills.textTooLong': { max: number };
	'skills.noteTooLong': { max: number };
	'stopPlan.cueTooLong': { max: number };
	'stopPlan.replacementTooLong': { max: number };
	'memory.titleTooLong': { max: number };
	'habit.tooLong': { max: number };
	'sleep.tooMany': { max: number };
	'sleep.commentsTooLong': { max: number };
	'worksheet.textTooLong': { max: number };
	'worksheet.moodNameTooLong': { max: number };
	'worksheet.tooMany': { max: number };
	'activity.nameTooLong': { max: number };
	'activity.noteTooLong': { max: number };
	'ladder.situationTooLong': { max: number };
	'distortion.nameTooLong': { max: number };
	'distortion.descriptionTooLong': { max: number };
	'distortion.nameTaken': { name: string };
	'problem.lineTooLong': { max: number };
	'sleep.asleepTooLong': { sol: number; waso: number; window: number };
	'sleep.clocksBack': { end: number };
}

/** One thing to tell the person: a code, and the values its words need. */
export interface Message {
	code: MessageCode;
	values?: Record<string, number | string>;
}

const codes: ReadonlySet<string> = new Set(MESSAGE_CODES);

export const isMessageCode = (value: unknown): value is MessageCode =>
	typeof value === 'string' && codes.has(value);

/** A code where a schema takes its `error`: checked against the list at compile time, the code itself at run time. */
export const msg = (code: MessageCode): MessageCode => code;

/**
 * The message of one issue: the code the schema gave it, with its limit (`max`) and any values it carries; an
 * issue without a code of ours (a zod default) is simply 'invalid'. The catalogue says it in words.
 */
export function messageOf(issue: z.core.$ZodIssue): Message {
	if (!isMessageCode(issue.message)) return { code: 'invalid' };
	const values: Record<string, number | string> = {};
	// A length limit (of a text or a list) is what the words need; a number's own range is in its code.
	if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array'))
		values.max = Number(issue.maximum);
	if (issue.code === 'custom' && issue.params) Object.assign(values, issue.params);
	return Object.keys(values).length ? { code: issue.message, values } : { code: issue.message };
}
