import { CheckIn, Symptom, Tag } from './check-in.schema';
import { Instant } from './common';
import { Contact } from './contact';
import { MeasureResponse } from './measure.schema';
import { SafetyPlan, SafetyPlanVersion } from './safety-plan.schema';
import { Settings } from './settings.schema';
import { Memory, Practice, SkillPrefs, StopPlan } from './skills.schema';
import { SleepCheck, SleepDiary, SleepHabit } from './sleep.schema';
import { DistortionRow } from './worksheets/distortions';
import { Worksheet } from './worksheets/worksheet';
import { z } from './zod';

// Every table of the client's database, with the schema of its rows and its primary key: the one list that the
// database's type, validated reads, the migration tests and the sample data derive from (and backup, restore and
// import to come). A table added to the database is added here first.

/** A half-finished form as stored (its value is checked by the form that reads it). */
export const DraftRow = z.object({
	key: z.string(),
	value: z.unknown(),
	/** The fingerprint (draftFingerprint) of the value this one was typed over, when one tab follows another. */
	replaces: z.optional(z.string()),
	createdAt: Instant,
	updatedAt: Instant
});

const table = <S extends z.ZodMiniType, K extends keyof z.infer<S> & string>(schema: S, key: K) => ({
	schema,
	key
});

export const TABLES = {
	settings: table(Settings, 'id'),
	drafts: table(DraftRow, 'key'),
	contacts: table(Contact, 'id'),
	checkIns: table(CheckIn, 'id'),
	symptoms: table(Symptom, 'id'),
	tags: table(Tag, 'id'),
	measureResponses: table(MeasureResponse, 'id'),
	safetyPlan: table(SafetyPlan, 'id'),
	safetyPlanVersions: table(SafetyPlanVersion, 'id'),
	practices: table(Practice, 'id'),
	skillPrefs: table(SkillPrefs, 'skill'),
	stopPlans: table(StopPlan, 'id'),
	memories: table(Memory, 'id'),
	sleepHabits: table(SleepHabit, 'id'),
	sleepChecks: table(SleepCheck, 'night'),
	sleepDiary: table(SleepDiary, 'id'),
	worksheets: table(Worksheet, 'id'),
	distortions: table(DistortionRow, 'id')
} as const;

export type Tables = typeof TABLES;
export type TableName = keyof Tables;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The type of one table's rows, as its schema reads them. */
export type RowOf<T extends TableName> = z.infer<Tables[T]['schema']>;
/** The name of one table's primary key. */
export type KeyOf<T extends TableName> = Tables[T]['key'];

/** Rows that passed their schema, and how many beside them did not (those are left out, never shown half-read). */
export interface Checked<R> {
	rows: R[];
	skipped: number;
}

/**
 * Each row checked against `name`'s schema: the ones that pass, as parsed (defaults filled in), and a count of
 * the rest, so one damaged record never hides the good ones beside it.
 */
export function checkRows<T extends TableName>(name: T, found: readonly unknown[]): Checked<RowOf<T>> {
	const schema: z.ZodMiniType = TABLES[name].schema;
	const rows: RowOf<T>[] = [];
	let skipped = 0;
	for (const row of found) {
		const result = schema.safeParse(row);
		if (result.success) rows.push(result.data as RowOf<T>);
		else skipped++;
	}
	return { rows, skipped };
}

/** One row checked against `name`'s schema: the row as parsed, or undefined when it is missing or damaged. */
export function checkRow<T extends TableName>(name: T, row: unknown): RowOf<T> | undefined {
	if (row === undefined) return undefined;
	const schema: z.ZodMiniType = TABLES[name].schema;
	const result = schema.safeParse(row);
	return result.success ? (result.data as RowOf<T>) : undefined;
}
