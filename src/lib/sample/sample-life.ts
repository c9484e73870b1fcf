// The life behind the sample data (sample-data.ts): one state per day that every record kind reads, so a
// person's records agree with each other as a real person's do. No clock or randomness of its own: the seed and
// the end of the sample are passed in.
import { seededRandom, type Random } from '$lib/domain/random';
import { addDays } from '$lib/domain/time';

export interface SampleOptions {
	/** Any number or string; the same seed gives the same data. */
	seed: number | string;
	/** The last day with data, YYYY-MM-DD (the caller's today). */
	endDay: string;
	/** How far back the data goes, in years (fractions allowed). */
	years: number;
	/** Nothing is written after this many minutes into `endDay` (the caller's time of day); default the whole day. */
	endMinute?: number;
	/** The UTC offset written into instants, like "+01:00". */
	offset?: string;
	/** The IANA time zone of clock times (a sleep diary's), matching `offset`. */
	timeZone?: string;
}

/** How one day went, each from 0 (not at all) to 1 (very), drawn once and read by every generator. */
export interface SampleDay {
	readonly day: string;
	readonly weekday: number;
	/** Depressive load: low mood, little interest, heaviness. */
	readonly low: number;
	readonly anxious: number;
	readonly sleep: number;
	readonly energy: number;
	readonly irritable: number;
	/** The person is using the app these days (people go quiet for days or weeks, then come back). */
	readonly engaged: boolean;
}

export interface SampleContext {
	readonly options: Readonly<Required<SampleOptions>>;
	readonly days: readonly SampleDay[];
	/** An independent random stream for one generator. */
	random(label: string): Random;
	/** The instant `minutes` after midnight of `day` (may run into the next day), with the sample's offset. */
	instant(day: string, minutes: number): string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Midnight UTC of a calendar day: for its weekday and its place in the year, whatever the local clocks do. */
const toUtc = (day: string) =>
	Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const DAY_MS = 86_400_000;
export const clamp = (value: number, min = 0, max = 1) => Math.min(max, Math.max(min, value));

// ---- the life behind the numbers ----

/**
 * One state per day. Depressive load starts high (the person has just started therapy), eases over the first
 * months, dips in winter and at the start of the week, and comes back in episodes of weeks; anxiety follows it
 * partly and has stressful stretches of its own; sleep and energy follow both. Day-to-day noise is correlated
 * (AR(1)), as moods are. Engagement switches between stretches of use and quiet gaps.
 */
function simulateDays(first: string, count: number, random: Random): SampleDay[] {
	const days: SampleDay[] = [];
	let episodeLeft = 0;
	let episodeLength = 0;
	let episodeDepth = 0;
	let stressLeft = 0;
	let lowNoise = 0;
	let anxiousNoise = 0;
	let engaged = true;
	for (let i = 0; i < count; i += 1) {
		const day = addDays(first, i);
		const weekday = new Date(toUtc(day)).getUTCDay();
		const yearPhase =
			(toUtc(day) - Date.UTC(new Date(toUtc(day)).getUTCFullYear(), 0, 15)) / (365.25 * DAY_MS);
		if (episodeLeft === 0 && random.chance(1 / 200)) {
			episodeLength = episodeLeft = random.int(21, 75);
			episodeDepth = 0.15 + random.next() * 0.25;
		}
		const episode =
			episodeLeft > 0
				? episodeDepth * Math.sin((Math.PI * (episodeLength - episodeLeft)) / episodeLength)
				: 0;
		if (episodeLeft > 0) episodeLeft -= 1;
		if (stressLeft === 0 && random.chance(1 / 110)) stressLeft = random.int(4, 20);
		const stress = stressLeft > 0 ? 0.22 : 0;
		if (stressLeft > 0) stressLeft -= 1;
		lowNoise = 0.75 * lowNoise + random.normal(0, 0.05);
		anxiousNoise = 0.7 * anxiousNoise + random.normal(0, 0.06);
		const therapy = 0.22 * Math.exp(-i / 120);
		const winter = 0.07 * Math.cos(2 * Math.PI * yearPhase);
		const monday = weekday === 1 ? 0.03 : weekday === 0 || weekday === 6 ? -0.03 : 0;
		const low = clamp(0.3 + therapy + winter + monday + episode + lowNoise);
		const anxious = clamp(0.32 + 0.45 * (low - 0.3) + stress + anxiousNoise);
		const sleep = clamp(0.68 - 0.55 * (low - 0.3) - 0.35 * (anxious - 0.35) + random.normal(0, 0.1));
		const energy = clamp(0.62 - 0.6 * (low - 0.3) + 0.25 * (sleep - 0.6) + random.normal(0, 0.07));
		const irritable = clamp(0.22 + 0.35 * anxious + 0.25 * (0.6 - sleep) + random.normal(0, 0.07));
		// Quiet gaps: mostly a few days, sometimes weeks; deep lows make a gap more likely.
		engaged = engaged ? !random.chance(0.03 + 0.05 * Math.max(0, low - 0.6)) : random.chance(0.18);
		days.push({ day, weekday, low, anxious, sleep, energy, irritable, engaged });
	}
	return days;
}

/** The day states and helpers every generator reads. */
export function sampleContext(options: SampleOptions): SampleContext {
	const full = { endMinute: 24 * 60 - 1, offset: '+00:00', timeZone: 'UTC', ...options };
	const count = Math.max(1, Math.round(full.years * 365.25));
	const first = addDays(full.endDay, -(count - 1));
	const root = seededRandom(full.seed);
	const days = simulateDays(first, count, root.fork('days'));
	return {
		options: full,
		days,
		random: (label) => root.fork(label),
		instant: (day, minutes) => {
			const whole = Math.floor(minutes);
			const onDay = addDays(day, Math.floor(whole / (24 * 60)));
			const inDay = ((whole % (24 * 60)) + 24 * 60) % (24 * 60);
			const seconds = Math.floor((minutes - whole) * 60);
			return `${onDay}T${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}:${pad(seconds)}.000${full.offset}`;
		}
	};
}

/** Whether an instant written by `instant` is not after the end of the sample (same format and offset). */
export const notAfterEnd = (ctx: SampleContext, at: string) =>
	at <= ctx.instant(ctx.options.endDay, ctx.options.endMinute);

/** A 0-10 rating from a 0-1 state, with a person's wobble. */
export const rate = (random: Random, level: number, wobble = 0.8) =>
	Math.round(clamp(level * 10 + random.normal(0, wobble), 0, 10));
