import type { CheckIn } from '$lib/domain/check-in';
import { formatTime, formatWeekdayDate } from '$lib/i18n/format';

/**
 * The day a check-in describes, with its time; one filled in later has no time on that day (it was written days
 * after), so only the day is given.
 */
export const entryWhen = (entry: Pick<CheckIn, 'day' | 'at' | 'filledInLater'>): string =>
	entry.filledInLater
		? formatWeekdayDate(entry.day)
		: `${formatWeekdayDate(entry.day)}, ${formatTime(entry.at)}`;
