/** A clock the test moves by hand; the practice's ticker reads it four times a second. */
export function manualClock(start = '2026-11-22T21:00:00Z') {
	let at = Date.parse(start);
	return {
		now: () => new Date(at),
		advance(seconds: number) {
			at += seconds * 1000;
		}
	};
}
