import type { Instrument } from './measures';
import { addDays } from './time';

// When the PHQ-9 and GAD-7 are offered again. Both look back over two weeks, so every 14 days is the default
// (shared/CLINICAL.md); the client can choose another interval or turn the schedule off. Nothing here nags:
// a due measure is offered gently on Today, never counted as missed.

/** The intervals the More screen offers, in days. */
export const MEASURE_INTERVALS = [7, 14, 28] as const;

/** The day a measure is next offered: `interval` days after the last one, today if never taken, null when off. */
export function nextDueDay(today: string, lastDay: string | null, interval: number | null): string | null {
	if (interval === null) return null;
	if (lastDay === null) return today;
	return addDays(lastDay, interval);
}

export function isDue(today: string, lastDay: string | null, interval: number | null): boolean {
	const next = nextDueDay(today, lastDay, interval);
	return next !== null && next <= today;
}

/** The instruments due today, in their usual order (PHQ-9 first). */
export function dueInstruments(
	today: string,
	lastDays: Readonly<Record<Instrument, string | null>>,
	interval: number | null
): Instrument[] {
	return (Object.keys(lastDays) as Instrument[]).filter((instrument) =>
		isDue(today, lastDays[instrument], interval)
	);
}
