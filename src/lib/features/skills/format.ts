// Dates and times as the person's browser writes them. Calendar days are formatted in UTC so that
// "2026-11-22" is always the 22nd, whatever zone the phone is in.

const dayFormat = new Intl.DateTimeFormat(undefined, {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	timeZone: 'UTC'
});
const whenFormat = new Intl.DateTimeFormat(undefined, {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	hour: 'numeric',
	minute: '2-digit'
});

/** "Sun 22 Nov" for a calendar day. */
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

/** "Sun 22 Nov, 21:05" for a stored instant, in the phone's own zone. */
export const formatWhen = (instant: string) => whenFormat.format(new Date(instant));

/** "22:30" for a stored instant (ms) in the zone the diary was written in. */
export function formatClock(utcMs: number, timeZone: string): string {
	return new Intl.DateTimeFormat(undefined, {
		hour: 'numeric',
		minute: '2-digit',
		weekday: 'short',
		timeZone
	}).format(new Date(utcMs));
}
