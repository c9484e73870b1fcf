// Realistic, reproducible sample data: years of a person's check-ins, measures and more, for the benchmark, tests
// and screenshots. The same options always give the same records (a seeded generator, no clock of its own).
//
// One model of a life sits behind every record kind, so the records agree with each other the way a real
// person's do: a depressive episode lowers mood, raises the PHQ-9 and worsens sleep at the same time. Each kind
// has its own generator and its own random stream, so a capability adds its generator without changing the
// data the others make.
import type { Symptom, Tag } from '$lib/domain/check-in';
import type { Contact } from '$lib/domain/contact';
import type { SafetyPlanVersion } from '$lib/domain/safety-plan';
import { sampleCheckIns, sampleSymptoms, sampleTags } from './sample-check-ins';
import { sampleContext, type SampleContext, type SampleOptions } from './sample-life';
import { sampleMeasureResponses } from './sample-measures';
import { sampleContacts, sampleSafetyPlan, sampleSafetyPlanVersions } from './sample-safety-plan';
import {
	sampleMemories,
	samplePractices,
	sampleSkillPrefs,
	sampleSleepChecks,
	sampleSleepDiary,
	sampleSleepHabits,
	sampleStopPlans
} from './sample-skills';
import { sampleWorksheets } from './sample-worksheets';
import type { Memory, StopPlan } from '$lib/domain/skills.schema';
import type { SleepHabit } from '$lib/domain/sleep.schema';

export type { SampleContext, SampleDay, SampleOptions } from './sample-life';

/**
 * Every record kind's generator, keyed by its Dexie table, in the order they run; each may read the tables made
 * before it. A capability adds its own here.
 */
export const sampleGenerators = {
	symptoms: (ctx: SampleContext) => sampleSymptoms(ctx),
	tags: (ctx: SampleContext) => sampleTags(ctx),
	checkIns: (ctx: SampleContext, made: { symptoms: Symptom[]; tags: Tag[] }) => sampleCheckIns(ctx, made),
	measureResponses: (ctx: SampleContext) => sampleMeasureResponses(ctx),
	memories: (ctx: SampleContext) => sampleMemories(ctx),
	stopPlans: (ctx: SampleContext) => sampleStopPlans(ctx),
	skillPrefs: (ctx: SampleContext) => sampleSkillPrefs(ctx),
	sleepHabits: (ctx: SampleContext) => sampleSleepHabits(ctx),
	sleepChecks: (ctx: SampleContext, made: { sleepHabits: SleepHabit[] }) => sampleSleepChecks(ctx, made),
	sleepDiary: (ctx: SampleContext) => sampleSleepDiary(ctx),
	practices: (
		ctx: SampleContext,
		made: { memories: Memory[]; stopPlans: StopPlan[]; sleepHabits: SleepHabit[] }
	) => samplePractices(ctx, made),
	contacts: (ctx: SampleContext) => sampleContacts(ctx),
	safetyPlanVersions: (ctx: SampleContext, made: { contacts: Contact[] }) =>
		sampleSafetyPlanVersions(ctx, made),
	safetyPlan: (ctx: SampleContext, made: { safetyPlanVersions: SafetyPlanVersion[] }) =>
		sampleSafetyPlan(ctx, made),
	worksheets: (ctx: SampleContext) => sampleWorksheets(ctx)
};

export type SampleData = { [K in keyof typeof sampleGenerators]: ReturnType<(typeof sampleGenerators)[K]> };

/** Generates every record kind for `options`: the same options always give the same records. */
export function generateSampleData(options: SampleOptions): SampleData {
	const ctx = sampleContext(options);
	const made: Record<string, unknown[]> = {};
	for (const [table, generate] of Object.entries(sampleGenerators))
		made[table] = (generate as (ctx: SampleContext, made: unknown) => unknown[])(ctx, made);
	return made as SampleData;
}
