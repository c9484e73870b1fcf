// The budgets from DESIGN.md ("Budgets"), in one place, so a figure is printed beside the number it must meet.
// `max` is an upper bound (`strict`: the figure must stay under it), `min` a lower bound; `cpu` gives a bound
// per CPU slowdown where DESIGN.md sets one.

/** @typedef {{ max?: number, min?: number, strict?: boolean, text: string }} Bound */
/** @typedef {Bound & { cpu?: Record<number, Bound> }} Budget */

/** @satisfies {Record<string, Budget>} */
export const budgets = {
	checkInFirstLoadJs: { max: 60, text: '<= 60 KiB' },
	lighthousePerformance: { min: 98, text: '>= 98' },
	lighthouseAccessibility: { min: 100, text: '100' },
	lighthouseBestPractices: { min: 100, text: '100' },
	saveCheckIn: {
		text: 'p95 < 16 ms (4x: < 100 ms)',
		cpu: {
			1: { max: 16, strict: true, text: 'p95 < 16 ms' },
			4: { max: 100, strict: true, text: 'p95 < 100 ms' }
		}
	},
	progressTwoYears: {
		text: '< 300 ms (4x: < 1 s)',
		cpu: { 1: { max: 300, strict: true, text: '< 300 ms' }, 4: { max: 1000, strict: true, text: '< 1 s' } }
	},
	progressVsFloor: { max: 1.3, text: '<= 1.3x floor' },
	progressTenVsTwo: { max: 1.5, text: '<= 1.5x 2 years' },
	summaryPdfOneYear: { max: 2000, strict: true, text: '< 2 s' },
	backupExportTenYears: { max: 3000, strict: true, text: '< 3 s' },
	backupImportTenYears: { max: 6000, strict: true, text: '< 6 s' }
};

/**
 * The bound that applies to `value` at `cpu` slowdown, and whether the value meets it.
 * @param {Budget | undefined} budget @param {number} cpu @param {number} value
 * @returns {{ text: string, ok: boolean } | undefined}
 */
export function judge(budget, cpu, value) {
	if (!budget) return undefined;
	const bound = budget.cpu ? budget.cpu[cpu] : budget;
	if (!bound) return undefined;
	let ok = true;
	if (bound.max !== undefined) ok &&= bound.strict ? value < bound.max : value <= bound.max;
	if (bound.min !== undefined) ok &&= bound.strict ? value > bound.min : value >= bound.min;
	return { text: bound.text, ok };
}
