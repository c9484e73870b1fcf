// The Progress screen's numbers: ranges, bins and series, pure, so the charts and their tables show the same
// figures and no chart draws more than a few hundred points however many years are stored. Days are the client's
// calendar days ('YYYY-MM-DD'), counted whole whatever the clocks do (time.ts addDays), so a clock-change day is
// one day like any other.

import { DEFINITIONS, type Band, type Instrument, type Severity } from './measures';
import { sleepMetrics, type SleepDiaryItems } from './sleep-diary';
import { addDays, isCalendarDay } from './time';

/** The ranges the screen offers; 'since' starts at the client's last session, 'custom' at dates they choose. */
export const RANGE_KINDS = ['2w', 'since', '3m', '1y', 'all', 'custom'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

export interface Range {
	kind: RangeKind;
	/** First and last day shown, both included. */
	from: string;
	to: string;
}

export type Bin = 'day' | 'week' | 'month';

/**
 * The day a week starts on, as Intl's week information numbers it: 1 Monday (ISO 8601, most of Europe and Latin
 * America) … 7 Sunday (the US, Mexico, Canada). The region decides it (i18n/format.ts firstDayOfWeek).
 */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Whole days from `from` to `to` (0 for the same day), computed on the calendar, not the clock. */
export function daysBetween(from: string, to: string): number {
	const utc = (day: string) => {
		const [y, m, d] = day.split('-').map(Number) as [number, number, number];
		return Date.UTC(y, m - 1, d);
	};
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * The range a URL asks for (`?range=3m`, `?range=custom&from=…&to=…`), ending today. An unknown or impossible
 * range falls back to 2 weeks rather than failing; 'since' without a session date does too; 'all' starts at the
 * first day with data (`firstDay`), or today when there is none.
 */
export function parseRange(
	params: { range?: string | null; from?: string | null; to?: string | null },
	today: string,
	context: { lastSession?: string | null; firstDay?: string | null } = {}
): Range {
	const twoWeeks: Range = { kind: '2w', from: addDays(today, -13), to: today };
	switch (params.range) {
		case '3m':
			return { kind: '3m', from: addDays(today, -90), to: today };
		case '1y':
			return { kind: '1y', from: addDays(today, -364), to: today };
		case 'all': {
			const first = context.firstDay && context.firstDay < today ? context.firstDay : today;
			return { kind: 'all', from: first, to: today };
		}
		case 'since': {
			const session = context.lastSession;
			return session && isCalendarDay(session) && session <= today
				? { kind: 'since', from: session, to: today }
				: twoWeeks;
		}
		case 'custom': {
			const { from, to } = params;
			if (!from || !to || !isCalendarDay(from) || !isCalendarDay(to) || from > to) return twoWeeks;
			return { kind: 'custom', from, to: to > today ? today : to };
		}
		default:
			return twoWeeks;
	}
}

/** The bin that keeps a chart to a few hundred points at most: days up to 3 months, weeks up to 3 years. */
export function binFor(range: Pick<Range, 'from' | 'to'>): Bin {
	const days = daysBetween(range.from, range.to) + 1;
	if (days <= 92) return 'day';
	if (days <= 3 * 366) return 'week';
	return 'month';
}

/**
 * The bin for counts (practices, homework): bars of single days read well up to a month, weeks up to 3 years,
 * months beyond, so a count chart keeps to a few dozen bars where a line may hold a few hundred points.
 */
export function countBinFor(range: Pick<Range, 'from' | 'to'>): Bin {
	const days = daysBetween(range.from, range.to) + 1;
	if (days <= 31) return 'day';
	if (days <= 3 * 366) return 'week';
	return 'month';
}

/**
 * The first day of the bin holding `day`: itself, the first day of its week (a Monday unless the region starts
 * weeks on another day), or the 1st of its month.
 */
export function binStart(day: string, bin: Bin, weekStart: Weekday = 1): string {
	if (bin === 'day') return day;
	if (bin === 'month') return `${day.slice(0, 7)}-01`;
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7; // Monday 1 … Sunday 7
	return addDays(day, -((weekday - weekStart + 7) % 7));
}

/** The first day of the bin after the one starting at `start`. */
function nextBin(start: string, bin: Bin): string {
	if (bin === 'day') return addDays(start, 1);
	if (bin === 'week') return addDays(start, 7);
	const [y, m] = start.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Every bin's first day in the range, in order, with or without data: the chart's x axis. */
export function binsOf(range: Pick<Range, 'from' | 'to'>, bin: Bin, weekStart: Weekday = 1): string[] {
	const out: string[] = [];
	for (let start = binStart(range.from, bin, weekStart); start <= range.to; start = nextBin(start, bin))
		out.push(start);
	return out;
}

/** One bin of a series: the mean of its values and their spread, or null values for a bin with no data. */
export interface Point {
	/** The bin's first day. */
	day: string;
	/** How many values fell in it (check-ins, nights, answers). */
	count: number;
	mean: number | null;
	min: number | null;
	max: number | null;
}

/**
 * Values by day, binned over the range. Several values on one day count as that day's mean first, so a day with
 * five check-ins weighs as much as a day with one; a week's mean is the mean of its days. The spread (min, max)
 * is of the values themselves. Bins with no data are kept, with null, so a chart leaves a gap there.
 */
export function binValues(
	values: readonly { day: string; value: number }[],
	range: Pick<Range, 'from' | 'to'>,
	bin: Bin,
	weekStart: Weekday = 1
): Point[] {
	const byDay = new Map<string, number[]>();
	for (const { day, value } of values) {
		if (day < range.from || day > range.to) continue;
		const list = byDay.get(day);
		if (list) list.push(value);
		else byDay.set(day, [value]);
	}
	const byBin = new Map<string, { dayMeans: number[]; all: number[] }>();
	for (const [day, list] of byDay) {
		const key = binStart(day, bin, weekStart);
		const entry = byBin.get(key) ?? { dayMeans: [], all: [] };
		entry.dayMeans.push(mean(list));
		entry.all.push(...list);
		byBin.set(key, entry);
	}
	return binsOf(range, bin, weekStart).map((day) => {
		const entry = byBin.get(day);
		if (!entry) return { day, count: 0, mean: null, min: null, max: null };
		return {
			day,
			count: entry.all.length,
			mean: round1(mean(entry.dayMeans)),
			min: Math.min(...entry.all),
			max: Math.max(...entry.all)
		};
	});
}

/**
 * The trailing average of the last `window` bins (a 7-day average over days), over the bins that have data; null
 * where that window holds none, so a long gap stays a gap instead of a line drawn across it.
 */
export function rollingAverage(points: readonly Point[], window = 7): (number | null)[] {
	return points.map((_, i) => {
		const inWindow = points
			.slice(Math.max(0, i - window + 1), i + 1)
			.flatMap((p) => (p.mean === null ? [] : [p.mean]));
		return inWindow.length ? round1(mean(inWindow)) : null;
	});
}

/**
 * The sleep diary's nights over the range: sleep efficiency (percent) and total sleep time (hours), each night one
 * value on the day the client got up. A night that is not a valid one is left out, never counted as zero.
 */
export function sleepSeries(
	diaries: readonly SleepDiaryItems[],
	range: Pick<Range, 'from' | 'to'>,
	bin: Bin,
	weekStart: Weekday = 1
): { efficiency: Point[]; hours: Point[]; nights: number } {
	const nights = diaries.flatMap((diary) => {
		const metrics = sleepMetrics(diary);
		return metrics ? [{ day: diary.day, ...metrics }] : [];
	});
	const inRange = nights.filter((n) => n.day >= range.from && n.day <= range.to);
	return {
		efficiency: binValues(
			inRange.map((n) => ({ day: n.day, value: round1(n.se) })),
			range,
			bin,
			weekStart
		),
		hours: binValues(
			inRange.map((n) => ({ day: n.day, value: round1(n.tst / 60) })),
			range,
			bin,
			weekStart
		),
		nights: inRange.length
	};
}

/**
 * How many worksheets of each kind were completed on a day in the range (the day of their first completion, so
 * a later edit does not count again), most first.
 */
export function completedByKind<K extends string>(
	rows: readonly { kind: K; completedAt: string | null }[],
	range: Pick<Range, 'from' | 'to'>
): { kind: K; count: number }[] {
	const counts = new Map<K, number>();
	for (const { kind, completedAt } of rows) {
		const day = completedAt?.slice(0, 10);
		if (!day || day < range.from || day > range.to) continue;
		counts.set(kind, (counts.get(kind) ?? 0) + 1);
	}
	return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count);
}

/** One bin of a questionnaire's totals, with the highest item-9 answer in it (PHQ-9 only; null for GAD-7). */
export interface MeasurePoint extends Point {
	severity: Severity | null;
	item9: number | null;
}

/**
 * A questionnaire's totals over the range, binned like any series (the mean of the totals in a bin, named by
 * the band that mean falls in), with the highest item-9 answer of each bin, so that an answer above 0 is marked
 * on the chart whatever the total was.
 */
export function measureSeries(
	responses: readonly { instrument: Instrument; day: string; total: number; answers: readonly number[] }[],
	instrument: Instrument,
	range: Pick<Range, 'from' | 'to'>,
	bin: Bin,
	weekStart: Weekday = 1
): MeasurePoint[] {
	const own = responses.filter((r) => r.instrument === instrument);
	const item9 = new Map<string, number>();
	if (instrument === 'phq9') {
		for (const r of own) {
			if (r.day < range.from || r.day > range.to) continue;
			const key = binStart(r.day, bin, weekStart);
			item9.set(key, Math.max(item9.get(key) ?? 0, r.answers[8] ?? 0));
		}
	}
	const bands = DEFINITIONS[instrument].bands;
	return binValues(
		own.map((r) => ({ day: r.day, value: r.total })),
		range,
		bin,
		weekStart
	).map((point) => ({
		...point,
		// A mean of whole totals can fall between two bands (14.5): it is named by the band it rounds into.
		severity: point.mean === null ? null : bandOf(bands, Math.round(point.mean)),
		item9: instrument === 'phq9' && point.count ? (item9.get(point.day) ?? 0) : null
	}));
}

const bandOf = (bands: readonly Band[], total: number) =>
	bands.find((b) => total >= b.min && total <= b.max)?.severity ?? null;

/** Items counted per bin, by key (practices by skill, worksheets by kind), for a stacked bar chart. */
export function countsByBin<K extends string>(
	items: readonly { day: string; key: K }[],
	range: Pick<Range, 'from' | 'to'>,
	bin: Bin,
	weekStart: Weekday = 1
): { day: string; counts: Partial<Record<K, number>> }[] {
	const bins = binsOf(range, bin, weekStart);
	const index = new Map(bins.map((day, i) => [day, i]));
	const out = bins.map((day) => ({ day, counts: {} as Partial<Record<K, number>> }));
	for (const { day, key } of items) {
		if (day < range.from || day > range.to) continue;
		const at = index.get(binStart(day, bin, weekStart));
		if (at === undefined) continue;
		const counts = out[at]!.counts;
		counts[key] = (counts[key] ?? 0) + 1;
	}
	return out;
}

/** The fewest days on each side (with the tag, and without) before the tag summary says anything. */
export const ENOUGH_TAG_DAYS = 5;

export interface TagSummary {
	tagId: string;
	daysWith: number;
	daysWithout: number;
	/** Mean of daily mean moods on days with the tag, and on days without; null when either side is too few. */
	moodWith: number | null;
	moodWithout: number | null;
}

/**
 * How mood went on days with each tag and on days without it, over the days that have a check-in. It says what
 * happened, not why: the words beside it say "on days with", never "because". A side with fewer than
 * ENOUGH_TAG_DAYS days gives no means at all.
 */
export function tagSummaries(
	checkIns: readonly { day: string; mood: number; tagIds: readonly string[] }[],
	range: Pick<Range, 'from' | 'to'>
): TagSummary[] {
	const days = new Map<string, { moods: number[]; tags: Set<string> }>();
	for (const entry of checkIns) {
		if (entry.day < range.from || entry.day > range.to) continue;
		const day = days.get(entry.day) ?? { moods: [], tags: new Set<string>() };
		day.moods.push(entry.mood);
		for (const tag of entry.tagIds) day.tags.add(tag);
		days.set(entry.day, day);
	}
	const dayMoods = [...days.values()].map((day) => ({ mood: mean(day.moods), tags: day.tags }));
	const tagIds = new Set(dayMoods.flatMap((day) => [...day.tags]));
	return [...tagIds].sort().map((tagId) => {
		const withTag = dayMoods.filter((day) => day.tags.has(tagId)).map((day) => day.mood);
		const without = dayMoods.filter((day) => !day.tags.has(tagId)).map((day) => day.mood);
		const enough = withTag.length >= ENOUGH_TAG_DAYS && without.length >= ENOUGH_TAG_DAYS;
		return {
			tagId,
			daysWith: withTag.length,
			daysWithout: without.length,
			moodWith: enough ? round1(mean(withTag)) : null,
			moodWithout: enough ? round1(mean(without)) : null
		};
	});
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const round1 = (value: number) => Math.round(value * 10) / 10;
