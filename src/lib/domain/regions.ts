// The countries whose crisis lines the app carries (crisis-lines.ts): every country in shared/CLINICAL.md's table.
// Kept apart from the lines themselves, so that the settings the shell reads before its first render do not bring
// every country's numbers with them.

export const REGIONS = [
	'US',
	'CA',
	'GB',
	'IE',
	'AU',
	'NZ',
	'DE',
	'FR',
	'ES',
	'MX',
	'AR',
	'CL',
	'CO',
	'PE'
] as const;
export type Region = (typeof REGIONS)[number];

export function isRegion(value: unknown): value is Region {
	return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}
