import type { Weekday } from '$lib/domain/progress';
import { formatLocales } from './format';

// Apart from format.ts, which every screen loads first: only Progress asks which day a week starts on.

interface WeekInfo {
	firstDay: number;
}
/** Intl's week information: a method in newer engines, a getter in older ones (Node 20). */
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The day the client's weeks start on, by the region of the locale in use (Monday in Spain, Sunday in Mexico and
 * the US), 1 Monday … 7 Sunday; Monday, the ISO week, where the engine cannot say.
 */
export function firstDayOfWeek(locales: readonly string[] = formatLocales()): Weekday {
	for (const tag of locales) {
		try {
			const locale = new Intl.Locale(tag) as LocaleWithWeek;
			const day = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
			if (day !== undefined && day >= 1 && day <= 7) return day as Weekday;
		} catch {
			// a malformed tag from the browser: try the next
		}
	}
	return 1;
}
