// Prints figures as a table beside their budget and floor, and writes them to a JSON file.
import { writeFileSync } from 'node:fs';
import { judge } from '../budgets.js';

/** @param {number} value @param {string} unit */
export function format(value, unit) {
	if (!Number.isFinite(value)) return '-';
	if (unit === 'KiB') return `${value.toFixed(1)} KiB`;
	if (unit === 'ms') return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
	if (unit === 'score') return String(Math.round(value));
	if (unit === 'x') return `${value.toFixed(2)}x`;
	return `${value} ${unit}`;
}

/**
 * One row per figure: the verdict against its budget, and the ratio to its floor (how many times the floor's
 * cost the app adds up to; for scores, the share of the floor's score).
 * @param {import('../run.js').Figure} figure
 */
export function row(figure) {
	const verdict = judge(figure.budget, figure.cpu ?? 1, figure.value);
	const ratio = figure.floor ? figure.value / figure.floor : undefined;
	return {
		figure: figure.label,
		cpu: figure.cpu ? `${figure.cpu}x` : '',
		stat: figure.stat,
		value: format(figure.value, figure.unit),
		budget: verdict?.text ?? '',
		floor: figure.floor === undefined ? '' : format(figure.floor, figure.unit),
		ratio: ratio === undefined ? '' : `${ratio.toFixed(2)}x`,
		verdict: verdict ? (verdict.ok ? 'ok' : 'OVER BUDGET') : ''
	};
}

const COLUMNS = /** @type {const} */ ([
	['figure', 'figure'],
	['cpu', 'CPU'],
	['stat', 'stat'],
	['value', 'value'],
	['budget', 'budget'],
	['floor', 'floor'],
	['ratio', 'x floor'],
	['verdict', '']
]);

/** The figures as an aligned plain-text table. @param {import('../run.js').Figure[]} figures */
export function table(figures) {
	const rows = figures.map(row);
	const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((r) => r[key].length)));
	const line = (/** @type {string[]} */ cells) =>
		cells
			.map((cell, i) =>
				i === 3 || i === 5 || i === 6 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)
			)
			.join('  ')
			.trimEnd();
	return [
		line(COLUMNS.map(([, title]) => title)),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map((r) => line(COLUMNS.map(([key]) => r[key])))
	].join('\n');
}

/** @param {string} path @param {unknown} results */
export function writeJson(path, results) {
	writeFileSync(path, `${JSON.stringify(results, null, '\t')}\n`);
}
