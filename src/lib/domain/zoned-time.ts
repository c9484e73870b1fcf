// Wall-clock times in a named time zone, for records that hold what the client read on their clock (a sleep
// diary's "I got into bed at 23:00") and must still measure real elapsed time across midnight and daylight saving.
// The zone is always passed in (an IANA name such as "Europe/London"): the domain never reads the machine's zone.

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** True when `timeZone` is an IANA zone this browser knows. */
export function isTimeZone(timeZone: string): boolean {
	if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
	try {
		formatterFor(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The zone's offset from UTC, in minutes, at the instant `utcMs` (London in summer: +60). */
export function offsetMinutesAt(utcMs: number, timeZone: string): number {
	const parts: Record<string, number> = {};
	for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	const wallAsUtc = Date.UTC(
		parts.year ?? 1970,
		(parts.month ?? 1) - 1,
		parts.day ?? 1,
		parts.hour ?? 0,
		parts.minute ?? 0,
		parts.second ?? 0
	);
	const wholeSeconds = utcMs - (((utcMs % 1000) + 1000) % 1000);
	return Math.round((wallAsUtc - wholeSeconds) / MINUTE);
}

/** A calendar day as the UTC midnight that starts it (arithmetic only; no zone involved). */
export function dayToUtcMs(day: string): number {
	const [year, month, date] = day.split('-').map(Number);
	return Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/** The calendar day `days` after (or before) `day`, YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
	return new Date(dayToUtcMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant (ms since the epoch) at which clocks in `timeZone` read `minuteOfDay` on `day`.
 * Daylight saving makes some wall times happen twice and others never; we resolve them as Temporal's
 * "compatible" disambiguation does (TC39 Temporal, ZonedDateTime): a repeated time means its first
 * occurrence; a skipped time is read with the offset from before the change, so it lands just after it
 * (01:30 on the night London springs forward is 02:30 BST), which is what a clock that was not changed shows.
 */
export function wallTimeToUtcMs(day: string, minuteOfDay: number, timeZone: string): number {
	return wallTimeOccurrences(day, minuteOfDay, timeZone)[0] as number;
}

/**
 * Every instant at which clocks in `timeZone` read `minuteOfDay` on `day`, earliest first: one, or two in the
 * hour repeated when clocks go back. A time the clocks skipped gives its "compatible" reading (see above).
 */
export function wallTimeOccurrences(day: string, minuteOfDay: number, timeZone: string): number[] {
	const wall = dayToUtcMs(day) + minuteOfDay * MINUTE;
	const before = offsetMinutesAt(wall - DAY_MS, timeZone);
	const after = offsetMinutesAt(wall + DAY_MS, timeZone);
	const valid = [...new Set([before, after])]
		.map((offset) => wall - offset * MINUTE)
		.filter((utc) => wall - offsetMinutesAt(utc, timeZone) * MINUTE === utc)
		.sort((a, b) => a - b);
	return valid.length ? valid : [wall - before * MINUTE];
}

/**
 * For a time that came round twice (`first` < `second`, both reading the same wall time), the first wall
 * minute after the repeated stretch, which came round once: 02:00 for the hour London repeats in October.
 */
export function endOfRepeat(first: number, second: number, minuteOfDay: number, timeZone: string): number {
	const offset = offsetMinutesAt(first, timeZone);
	// The change happened after `first` and no later than `second`: find the minute, by halves.
	let low = first;
	let high = second;
	while (high - low > MINUTE) {
		const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
		if (offsetMinutesAt(mid, timeZone) === offset) low = mid;
		else high = mid;
	}
	const end = minuteOfDay + (high + (second - first) - second) / MINUTE;
	return ((end % (24 * 60)) + 24 * 60) % (24 * 60);
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "23:05" -> 1385; null for anything that is not a 24-hour HH:MM time. */
export function minuteOfDay(time: string): number | null {
	const match = TIME_PATTERN.exec(time);
	return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
