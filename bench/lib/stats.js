// Small statistics for repeated runs.

/** @param {readonly number[]} values */
const sorted = (values) => [...values].sort((a, b) => a - b);

/** The middle value (mean of the two middle ones for an even count). */
/** @param {readonly number[]} values */
export function median(values) {
	if (values.length === 0) return Number.NaN;
	const s = sorted(values);
	const mid = Math.floor(s.length / 2);
	const at = (/** @type {number} */ i) => /** @type {number} */ (s[i]);
	return s.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
/** @param {readonly number[]} values @param {number} p */
export function percentile(values, p) {
	if (values.length === 0) return Number.NaN;
	const s = sorted(values);
	const rank = Math.max(1, Math.ceil((p / 100) * s.length));
	return /** @type {number} */ (s[rank - 1]);
}

/** @param {'median' | 'p95'} stat @param {readonly number[]} values */
export const summarize = (stat, values) => (stat === 'p95' ? percentile(values, 95) : median(values));
