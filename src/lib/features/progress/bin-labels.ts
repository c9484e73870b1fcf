import type { Bin } from '$lib/domain/progress';
import { formatMonth, formatShortDate } from '$lib/i18n/format-more';
import { mProgress } from '$lib/i18n/progress';

/** A bin as the axis and its table row name it: "3 Nov" for a day or the week it starts, "Nov 2026" for a month. */
export const binLabel = (day: string, bin: Bin): string =>
	bin === 'month' ? formatMonth(day.slice(0, 7)) : formatShortDate(day);

/** Each bin's axis label, and the fuller title a tap on it shows ("Week of 3 Nov"). */
export function binLabels(days: readonly string[], bin: Bin): { labels: string[]; titles: string[] } {
	const labels = days.map((day) => binLabel(day, bin));
	return { labels, titles: labels.map((label) => mProgress.series.pointTitle(bin, label)) };
}
