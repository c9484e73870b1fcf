import { fireEvent, screen, within } from '@testing-library/svelte';
import type { ChartConfiguration } from 'chart.js';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import ProgressScreen from '$lib/features/progress/ProgressScreen.svelte';
import {
	answersFor,
	makeCheckIn,
	makeMeasureResponse,
	makePractice,
	makeQuickThoughtRecord,
	makeSleepDiary
} from '../factories';
import { makeApp, renderWithApp } from './render';

// chart.js cannot draw in jsdom; in its place, each chart's configuration is kept by its canvas, so the test can
// hold every chart's data beside the table the screen shows under it.
const drawn = vi.hoisted(() => new Map<HTMLCanvasElement, ChartConfiguration>());
vi.mock('chart.js', () => ({
	Chart: class {
		static register() {}
		static defaults = { plugins: { legend: { display: true } } };
		constructor(canvas: HTMLCanvasElement, config: ChartConfiguration) {
			drawn.set(canvas, config);
		}
		destroy() {}
	},
	...Object.fromEntries(
		[
			'BarController',
			'BarElement',
			'CategoryScale',
			'Filler',
			'Legend',
			'LinearScale',
			'LineController',
			'LineElement',
			'PointElement',
			'Tooltip'
		].map((name) => [name, {}])
	)
}));

beforeAll(() => {
	// jsdom has no media queries; the charts ask for the colour scheme and reduced motion.
	window.matchMedia ??= ((query: string) => ({
		matches: false,
		media: query,
		addEventListener: () => {},
		removeEventListener: () => {}
	})) as unknown as typeof window.matchMedia;
});

const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, '0')}:00:00.000+00:00`;

/** Two weeks to 22 November 2026 with something in every section. */
async function seededApp() {
	const app = await makeApp(new Date('2026-11-22T12:00:00Z'));
	const db = app.store;
	await db.checkIns.bulkAdd([
		makeCheckIn({ day: '2026-11-20', at: at('2026-11-20', 8), mood: 3 }),
		makeCheckIn({ day: '2026-11-20', at: at('2026-11-20', 20), mood: 6 }),
		makeCheckIn({ day: '2026-11-21', at: at('2026-11-21'), mood: 7 }),
		makeCheckIn({ day: '2026-11-22', at: at('2026-11-22'), mood: 8 })
	]);
	await db.measureResponses.bulkAdd([
		makeMeasureResponse({ at: at('2026-11-10'), day: '2026-11-10', answers: answersFor('phq9', 14, 1) }),
		makeMeasureResponse({ at: at('2026-11-21'), day: '2026-11-21', answers: answersFor('phq9', 8) }),
		makeMeasureResponse({
			instrument: 'gad7',
			at: at('2026-11-15'),
			day: '2026-11-15',
			answers: answersFor('gad7', 16)
		})
	]);
	await db.practices.bulkAdd([
		makePractice('breathing', { day: '2026-11-18', startedAt: at('2026-11-18') }),
		makePractice('breathing', { day: '2026-11-18', startedAt: at('2026-11-18', 18) }),
		makePractice('grounding', { day: '2026-11-18', startedAt: at('2026-11-18', 19) }),
		makePractice('grounding', { day: '2026-11-21', startedAt: at('2026-11-21') })
	]);
	await db.worksheets.bulkAdd([
		makeQuickThoughtRecord({ completedAt: at('2026-11-19') }),
		makeQuickThoughtRecord({ completedAt: at('2026-11-19', 21) })
	]);
	await db.sleepDiary.bulkAdd([makeSleepDiary({ day: '2026-11-21' }), makeSleepDiary({ day: '2026-11-22' })]);
	return app;
}

/**
 * The section called `name`, the data its chart was given, and the rows of the table under the chart (made once
 * "Show the numbers" is opened).
 */
async function section(name: string) {
	const region = await screen.findByRole('region', { name });
	const canvas = region.querySelector('canvas')!;
	await vi.waitFor(() => expect(drawn.get(canvas)).toBeDefined());
	const config = drawn.get(canvas)!;
	// The table is made only when asked for.
	expect(region.querySelector('details table')).toBeNull();
	await fireEvent.click(within(region).getByText('Show the numbers'));
	const table = await vi.waitFor(() => {
		const made = region.querySelector<HTMLElement>('details table');
		expect(made).toBeVisible();
		return made!;
	});
	const rows = within(table)
		.getAllByRole('row')
		.slice(1)
		.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));
	return { region, config, rows };
}

/** The chart's labels and values where `values` has one, as the table's rows would list them. */
const withValues = (config: ChartConfiguration, values: unknown[]) =>
	(config.data.labels as string[]).flatMap((label, i) =>
		values[i] === null || values[i] === undefined || values[i] === 0 ? [] : [[label, values[i]]]
	);

describe('each section’s table holds the numbers its chart draws', () => {
	test('mood: the average, the spread and the count of each day with a check-in', async () => {
		renderWithApp(ProgressScreen, await seededApp(), { params: { range: '2w', from: null, to: null } });
		const { config, rows } = await section('Mood');
		const [max, min, mean, rolling] = config.data.datasets.map((set) => set.data as (number | null)[]);
		expect(withValues(config, mean!)).toEqual(rows.map((row) => [row[0], Number(row[1])]));
		// 20 November: 3 and 6, so a mean of 4.5 and a spread of 3 to 6.
		expect(rows[0]?.slice(1)).toEqual(['4.5', '3–6', '4.5', '2']);
		const shown = mean!.flatMap((value, i) => (value === null ? [] : [i]));
		expect(shown.map((i) => `${min![i]}–${max![i]}`.replace(/^(\d+)–\1$/, '$1'))).toEqual(
			rows.map((row) => row[2])
		);
		expect(shown.map((i) => String(rolling![i]))).toEqual(rows.map((row) => row[3]));
	});

	test('questionnaires: each score and its range, and a triangle exactly where question 9 was above 0', async () => {
		renderWithApp(ProgressScreen, await seededApp(), { params: { range: '2w', from: null, to: null } });
		const phq9 = await section('PHQ-9 (mood)');
		const [scores, marks] = phq9.config.data.datasets.map((set) => set.data as (number | null)[]);
		expect(withValues(phq9.config, scores!)).toEqual(phq9.rows.map((row) => [row[0], Number(row[1])]));
		expect(phq9.rows.map((row) => row.slice(1))).toEqual([
			['14', 'Moderate', 'Several days', '1'],
			['8', 'Mild', 'Not at all', '1']
		]);
		expect(withValues(phq9.config, marks!)).toEqual([[phq9.rows[0]![0], 14]]);
		// 11 days apart the two are joined; a line across more than four weeks without one is not drawn.
		const line = phq9.config.data.datasets[0] as unknown as {
			segment: { borderColor: (s: object) => unknown };
		};
		expect(line.segment.borderColor({ p0DataIndex: 0, p1DataIndex: 11 })).toBeUndefined();
		expect(line.segment.borderColor({ p0DataIndex: 0, p1DataIndex: 29 })).toBe('transparent');
		expect(
			within(phq9.region).getByText(/Triangles mark the times you answered question 9/)
		).toBeInTheDocument();

		const gad7 = await section('GAD-7 (anxiety)');
		expect(gad7.rows.map((row) => row.slice(1))).toEqual([['16', 'Severe', '1']]);
		expect(withValues(gad7.config, gad7.config.data.datasets[0]!.data)).toEqual([[gad7.rows[0]![0], 16]]);
		expect(within(gad7.region).queryByText(/question 9/)).not.toBeInTheDocument();
	});

	test('practice and homework: the bars of each day add up to the table’s count, kind by kind', async () => {
		renderWithApp(ProgressScreen, await seededApp(), { params: { range: '2w', from: null, to: null } });
		const practice = await section('Practice');
		const sets = practice.config.data.datasets;
		expect(sets.map((set) => set.label)).toEqual(['Breathing pacer', '5-4-3-2-1 grounding']);
		const total = (i: number) => sets.reduce((sum, set) => sum + (set.data[i] as number), 0);
		expect(
			withValues(
				practice.config,
				(practice.config.data.labels ?? []).map((_, i) => total(i))
			)
		).toEqual(practice.rows.map((row) => [row[0], Number(row[1])]));
		expect(practice.rows.map((row) => row.slice(1))).toEqual([
			['3', 'Breathing pacer 2 and 5-4-3-2-1 grounding 1'],
			['1', '5-4-3-2-1 grounding 1']
		]);
		// The totals table beside it.
		const totals = within(practice.region).getAllByRole('table')[1]!;
		expect(within(totals).getByRole('row', { name: /Breathing pacer/ })).toHaveTextContent('2');

		const homework = await section('Homework');
		expect(homework.rows.map((row) => row.slice(1))).toEqual([['2', 'Quick thought record 2']]);
		expect(withValues(homework.config, homework.config.data.datasets[0]!.data)).toEqual([
			[homework.rows[0]![0], 2]
		]);
	});

	test('sleep: each night’s efficiency, with the 85 % line drawn beside it', async () => {
		renderWithApp(ProgressScreen, await seededApp(), { params: { range: '2w', from: null, to: null } });
		const { region, config, rows } = await section('Sleep efficiency');
		const mean = config.data.datasets[2]!.data as (number | null)[];
		expect(withValues(config, mean)).toEqual(rows.map((row) => [row[0], Number(row[1])]));
		expect(rows.map((row) => row[1])).toEqual(['78.4', '78.4']);
		expect(config.data.datasets[4]!.data.every((value) => value === 85)).toBe(true);
		expect(within(region).getByRole('columnheader', { name: 'Nights' })).toBeVisible();
	});

	test('with less motion asked for, no chart animates', async () => {
		document.documentElement.dataset.motion = 'reduce';
		try {
			renderWithApp(ProgressScreen, await seededApp(), { params: { range: '2w', from: null, to: null } });
			for (const name of ['Mood', 'PHQ-9 (mood)', 'Practice', 'Homework', 'Time asleep'])
				expect((await section(name)).config.options?.animation).toBe(false);
		} finally {
			delete document.documentElement.dataset.motion;
		}
	});

	test('without it, they do, briefly', async () => {
		renderWithApp(ProgressScreen, await seededApp(), { params: { range: '2w', from: null, to: null } });
		expect((await section('Mood')).config.options?.animation).toEqual({ duration: 300 });
	});
});
