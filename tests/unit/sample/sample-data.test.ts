import { describe, expect, test } from 'vitest';
import { CheckIn, Symptom, Tag } from '$lib/domain/check-in.schema';
import { Contact } from '$lib/domain/contact';
import { MeasureResponse } from '$lib/domain/measure.schema';
import { SafetyPlan, SafetyPlanVersion } from '$lib/domain/safety-plan.schema';
import { Memory, Practice, SkillPrefs, StopPlan } from '$lib/domain/skills.schema';
import { SleepCheck, SleepDiary, SleepHabit } from '$lib/domain/sleep.schema';
import { sleepMetrics } from '$lib/domain/sleep-diary';
import { Worksheet } from '$lib/domain/worksheets/worksheet';
import { addDays } from '$lib/domain/time';
import { generateSampleData, sampleGenerators, type SampleData } from '$lib/sample/sample-data';

const OPTIONS = { seed: 'between', endDay: '2026-11-22', years: 2, endMinute: 9 * 60 + 30, offset: '+01:00' };
const data = generateSampleData(OPTIONS);

/** Each table's zod schema: every generated record must be one the app itself would store. */
const schemas = {
	symptoms: Symptom,
	tags: Tag,
	checkIns: CheckIn,
	measureResponses: MeasureResponse,
	memories: Memory,
	stopPlans: StopPlan,
	skillPrefs: SkillPrefs,
	sleepHabits: SleepHabit,
	sleepChecks: SleepCheck,
	sleepDiary: SleepDiary,
	practices: Practice,
	contacts: Contact,
	safetyPlanVersions: SafetyPlanVersion,
	safetyPlan: SafetyPlan,
	worksheets: Worksheet
};

const byDay = (entries: readonly { day: string }[]) => {
	const counts = new Map<string, number>();
	for (const { day } of entries) counts.set(day, (counts.get(day) ?? 0) + 1);
	return counts;
};
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('sample data', () => {
	test('the same options give the same data, another seed different data', () => {
		expect(generateSampleData(OPTIONS)).toEqual(data);
		const other = generateSampleData({ ...OPTIONS, seed: 'other' });
		expect(other.checkIns).not.toEqual(data.checkIns);
	});

	test('the data is pinned, so benchmark runs on any machine or version compare like with like', () => {
		// A change to a generator changes these on purpose: update them and say so in the commit.
		expect(Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, rows.length]))).toEqual({
			symptoms: 6,
			tags: 11,
			checkIns: 913,
			measureResponses: 94,
			memories: 4,
			stopPlans: 1,
			skillPrefs: 2,
			sleepHabits: 6,
			sleepChecks: 97,
			sleepDiary: 95,
			practices: 147,
			contacts: 4,
			safetyPlanVersions: 8,
			safetyPlan: 1,
			worksheets: 424
		});
		expect(data.checkIns[0]).toMatchObject({ id: 'cabf9a63-aa9d-43c2-82e9-5348fd765aa3', mood: 5 });
	});

	test('every table has a generator and a schema, and every record parses with it', () => {
		expect(Object.keys(schemas).sort()).toEqual(Object.keys(sampleGenerators).sort());
		for (const [table, rows] of Object.entries(data) as [keyof SampleData, unknown[]][]) {
			expect(rows.length, table).toBeGreaterThan(0);
			for (const row of rows) {
				const parsed = schemas[table].safeParse(row);
				expect(parsed.success ? null : { table, row, issues: parsed.error.issues }).toBeNull();
			}
		}
	});

	test('ids are unique and every reference points at a record that exists', () => {
		for (const rows of Object.values(data) as { id?: string; skill?: string; night?: string }[][]) {
			const keys = rows.map((row) => row.id ?? row.skill ?? row.night);
			expect(new Set(keys).size).toBe(rows.length);
		}
		const symptomIds = new Set(data.symptoms.map((s) => s.id));
		const tagIds = new Set(data.tags.map((t) => t.id));
		for (const entry of data.checkIns) {
			for (const id of Object.keys(entry.ratings)) expect(symptomIds.has(id)).toBe(true);
			for (const id of entry.tagIds) expect(tagIds.has(id)).toBe(true);
		}
	});

	test('two years of days: several check-ins on some, none on others, some filled in later', () => {
		const counts = byDay(data.checkIns);
		const days = [...counts.keys()].sort();
		expect(days[0]! >= '2024-11-23').toBe(true);
		expect(days.at(-1)! <= '2026-11-22').toBe(true);
		expect(counts.size).toBeGreaterThan(365);
		expect(counts.size).toBeLessThan(731);
		expect([...counts.values()].filter((n) => n >= 3).length).toBeGreaterThan(30);
		expect(data.checkIns.length).toBeGreaterThan(900);
		expect(data.checkIns.some((c) => c.filledInLater)).toBe(true);
		expect(data.checkIns.some((c) => c.note.length > 150)).toBe(true);
	});

	test('nothing is written after the end of the sample', () => {
		const end = '2026-11-22T09:30:00.000+01:00';
		for (const rows of Object.values(data) as { createdAt: string; updatedAt: string }[][])
			for (const row of rows) expect(row.createdAt <= end).toBe(true);
	});

	test('PHQ-9 and GAD-7 come together about every two weeks', () => {
		for (const instrument of ['phq9', 'gad7'] as const) {
			const days = data.measureResponses.filter((r) => r.instrument === instrument).map((r) => r.day);
			const gaps = days.slice(1).map((day, i) => (Date.parse(day) - Date.parse(days[i]!)) / 86_400_000);
			expect(Math.min(...gaps)).toBeGreaterThanOrEqual(14);
			expect(mean(gaps)).toBeLessThan(21);
			expect(days.length).toBeGreaterThan(30);
		}
	});

	test('the records tell one story: mood is lower in the two weeks before a higher PHQ-9', () => {
		const moodBefore = (day: string) => {
			const from = new Date(Date.parse(day) - 13 * 86_400_000).toISOString().slice(0, 10);
			const moods = data.checkIns.filter((c) => c.day >= from && c.day <= day).map((c) => c.mood);
			return moods.length ? mean(moods) : null;
		};
		const phq9 = data.measureResponses.filter((r) => r.instrument === 'phq9');
		const pairs = phq9
			.map((r) => [r.total, moodBefore(r.day)] as const)
			.filter((p): p is readonly [number, number] => p[1] !== null);
		const [xs, ys] = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
		const [mx, my] = [mean(xs), mean(ys)];
		const cov = mean(pairs.map(([x, y]) => (x - mx) * (y - my)));
		const r = cov / Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)) * mean(ys.map((y) => (y - my) ** 2)));
		expect(r).toBeLessThan(-0.5);
		expect(new Set(phq9.map((r) => r.severity)).size).toBeGreaterThanOrEqual(3);
	});

	test('a symptom archived on the way keeps its history and gets no ratings after', () => {
		const archived = data.symptoms.find((s) => s.archived)!;
		const archivedOn = archived.updatedAt.slice(0, 10);
		const rated = data.checkIns.filter((c) => archived.id in c.ratings);
		expect(rated.length).toBeGreaterThan(100);
		expect(rated.every((c) => c.day < archivedOn)).toBe(true);
		expect(data.symptoms.some((s) => s.preset === null && s.name === 'Racing thoughts')).toBe(true);
	});

	test('practices help a little on average, as published, and use what they point at', () => {
		const rated = data.practices.filter((p) => p.distressBefore !== null && p.distressAfter !== null);
		const drop = mean(rated.map((p) => (p.distressBefore ?? 0) - (p.distressAfter ?? 0)));
		// PTSD Coach: a mean fall of 1.38 after a tool (CLINICAL.md, PMC9006138).
		expect(drop).toBeGreaterThan(1);
		expect(drop).toBeLessThan(1.8);
		expect(new Set(data.practices.map((p) => p.skill)).size).toBe(6);
		const memoryIds = new Set(data.memories.map((m) => m.id));
		const habitIds = new Set(data.sleepHabits.map((h) => h.id));
		for (const practice of data.practices) {
			if (practice.skill === 'push-button' && practice.details.memoryId)
				expect(memoryIds.has(practice.details.memoryId)).toBe(true);
			if (practice.skill === 'sleep-hygiene')
				for (const id of practice.details.done) expect(habitIds.has(id)).toBe(true);
		}
	});

	test('the sleep diary is kept in stretches, one night a day, with believable efficiency', () => {
		const days = data.sleepDiary.map((d) => d.day);
		expect(new Set(days).size).toBe(days.length);
		const efficiency = data.sleepDiary.map((d) => sleepMetrics(d)?.se ?? Number.NaN);
		expect(efficiency.every((se) => se > 40 && se <= 100)).toBe(true);
		expect(mean(efficiency)).toBeGreaterThan(75);
		expect(mean(efficiency)).toBeLessThan(95);
	});

	test('homework: thought records once taught, activation in stretches, plans marked done or not, none in the future', () => {
		const kinds = new Set(data.worksheets.map((row) => row.kind));
		expect([...kinds].sort()).toEqual([
			'activity-log',
			'activity-plan',
			'quick-thought-record',
			'thought-record'
		]);
		const first = data.checkIns[0]!.day;
		for (const row of data.worksheets) expect(row.createdAt.slice(0, 10) >= addDays(first, 28)).toBe(true);
		const plans = data.worksheets.filter((row) => row.kind === 'activity-plan');
		const done = plans.filter((plan) => plan.status === 'done');
		expect(done.length).toBeGreaterThan(plans.length / 3);
		expect(plans.some((plan) => plan.status === 'not-done')).toBe(true);
		for (const plan of plans) expect(plan.completedAt === null).toBe(plan.status === 'planned');
		const logged = new Set(
			data.worksheets.flatMap((row) => (row.kind === 'activity-log' ? [row.day.slice(0, 7)] : []))
		);
		// Stretches of a few weeks, not every month.
		expect(logged.size).toBeGreaterThan(4);
		expect(logged.size).toBeLessThan(20);
	});

	test('the safety plan is the newest version, reviewed every few months, naming contacts that exist', () => {
		const [plan] = data.safetyPlan;
		const versions = data.safetyPlanVersions;
		expect(versions.length).toBeGreaterThanOrEqual(8);
		expect(plan?.sections).toEqual(versions.at(-1)?.sections);
		expect(plan?.reviewedOn).toBe(versions.at(-1)?.reviewedOn);
		expect(versions[0]?.sections).not.toEqual(plan?.sections);
		const contactIds = new Set(data.contacts.map((c) => c.id));
		for (const id of Object.values(plan?.contacts ?? {}).flat()) expect(contactIds.has(id)).toBe(true);
	});

	// How fast they are generated is the benchmark's to measure, not a test's: it depends on the machine.
	test('ten years hold about five times the check-ins of two', () => {
		const decade = generateSampleData({ ...OPTIONS, years: 10 });
		expect(decade.checkIns.length).toBeGreaterThan(5 * data.checkIns.length * 0.8);
	});
});
