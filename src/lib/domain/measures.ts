// The PHQ-9 and GAD-7: items, answers, scoring and severity bands exactly as published (shared/CLINICAL.md).
// PHQ-9: Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity measure.
//   J Gen Intern Med 2001;16(9):606-13. Reproduction and display need no permission (Pfizer).
// GAD-7: Spitzer RL, Kroenke K, Williams JB, Löwe B. A brief measure for assessing generalized anxiety disorder.
//   Arch Intern Med 2006;166(10):1092-7.
// LOINC codes (Regenstrief Institute, loinc.org) as shared/CLINICAL.md lists them after the expert review of
//   2 December 2026; CLINICAL.md names no LOINC release, so check each code against the current release (and
//   record its version here) when the FHIR export is built.
// The wording shown to the client is in src/lib/i18n/measures.en.ts. No zod here: screens render from this module.
import type { MeasureResponse } from './measure.schema';

export type { MeasureResponse } from './measure.schema';

export const INSTRUMENTS = ['phq9', 'gad7'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** 0 Not at all, 1 Several days, 2 More than half the days, 3 Nearly every day. */
export const ANSWERS = [0, 1, 2, 3] as const;
export type Answer = (typeof ANSWERS)[number];
/** LOINC answer codes for the four frequency answers, in order (LA6568-5 ... LA6571-9). */
export const ANSWER_LOINC = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'] as const;

/**
 * The functional question: asked after the items, never scored. The PHQ-9's is LOINC 69722-7; the GAD-7 panel
 * (69737-5) has no item for its own, so it carries no code (see `difficultyLoinc`).
 */
export const DIFFICULTIES = [0, 1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const SEVERITIES = ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Band {
	readonly min: number;
	readonly max: number;
	readonly severity: Severity;
}

export interface InstrumentDefinition {
	readonly id: Instrument;
	/** LOINC code of each item, in the published order. */
	readonly itemLoinc: readonly string[];
	/** LOINC answer codes of each item, per answer 0-3: an item's answer list can differ from the others'. */
	readonly answerLoinc: readonly (readonly string[])[];
	/** LOINC code of the difficulty question, or null where the instrument's panel has none (GAD-7). */
	readonly difficultyLoinc: string | null;
	readonly panelLoinc: string;
	readonly totalLoinc: string;
	readonly maxTotal: number;
	/** Severity bands covering 0..maxTotal with no gap. */
	readonly bands: readonly Band[];
}

/** PHQ-9 (Kroenke et al. 2001): total 0-27; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe. */
export const PHQ9: InstrumentDefinition = {
	id: 'phq9',
	itemLoinc: [
		'44250-9',
		'44255-8',
		'44259-0',
		'44254-1',
		'44251-7',
		'44258-2',
		'44252-5',
		'44253-3',
		'44260-8'
	],
	answerLoinc: Array.from({ length: 9 }, () => ANSWER_LOINC),
	difficultyLoinc: '69722-7',
	panelLoinc: '44249-1',
	totalLoinc: '44261-6',
	maxTotal: 27,
	bands: [
		{ min: 0, max: 4, severity: 'minimal' },
		{ min: 5, max: 9, severity: 'mild' },
		{ min: 10, max: 14, severity: 'moderate' },
		{ min: 15, max: 19, severity: 'moderately-severe' },
		{ min: 20, max: 27, severity: 'severe' }
	]
};

/** GAD-7 (Spitzer et al. 2006): total 0-21; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe. */
export const GAD7: InstrumentDefinition = {
	id: 'gad7',
	itemLoinc: ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'],
	// Item 2 (68509-9) answers 2 with LA18938-3, "More days than not", in LOINC's GAD-7 panel.
	answerLoinc: Array.from({ length: 7 }, (_, item) =>
		item === 1 ? ['LA6568-5', 'LA6569-3', 'LA18938-3', 'LA6571-9'] : ANSWER_LOINC
	),
	difficultyLoinc: null,
	panelLoinc: '69737-5',
	totalLoinc: '70274-6',
	maxTotal: 21,
	bands: [
		{ min: 0, max: 4, severity: 'minimal' },
		{ min: 5, max: 9, severity: 'mild' },
		{ min: 10, max: 14, severity: 'moderate' },
		{ min: 15, max: 21, severity: 'severe' }
	]
};

export const DEFINITIONS: Readonly<Record<Instrument, InstrumentDefinition>> = { phq9: PHQ9, gad7: GAD7 };

export const isInstrument = (value: unknown): value is Instrument =>
	typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value);

export const itemCount = (instrument: Instrument): number => DEFINITIONS[instrument].itemLoinc.length;

const isAnswer = (value: unknown): value is Answer => (ANSWERS as readonly unknown[]).includes(value);

/** True only when every item has an answer of 0-3: a total is valid only then, and a missing item is never imputed. */
export function isComplete(
	instrument: Instrument,
	answers: readonly (number | null | undefined)[]
): answers is readonly Answer[] {
	return answers.length === itemCount(instrument) && answers.every(isAnswer);
}

/** The severity band of a valid total. */
export function severityOf(instrument: Instrument, total: number): Severity {
	const band = DEFINITIONS[instrument].bands.find((b) => total >= b.min && total <= b.max);
	if (!band) throw new RangeError(`${total} is not a possible ${instrument} total.`);
	return band.severity;
}

/**
 * PHQ-9 item 9 ("Thoughts that you would be better off dead or of hurting yourself in some way") above 0. It opens the
 * safety flow at once, whatever the total and even before the form is finished, and is flagged for the therapist.
 * A 0 is not reassurance: this is not a suicide screen (Simon et al., Psychiatric Services 2013,
 * doi 10.1176/appi.ps.201200587; Louzon et al., Psychiatric Services 2016, doi 10.1176/appi.ps.201500149:
 * 71.6 % of the suicides in that cohort followed a "not at all" on item 9).
 */
export function item9Positive(
	instrument: Instrument,
	answers: readonly (number | null | undefined)[]
): boolean {
	return instrument === 'phq9' && (answers[8] ?? 0) > 0;
}

export interface MeasureScore {
	total: number;
	severity: Severity;
	/** PHQ-9 item 9 above 0; always false for the GAD-7. */
	safetyFlag: boolean;
}

/** Total (sum of the item answers), severity band and item-9 flag. Throws on an incomplete form: never imputed. */
export function scoreMeasure(
	instrument: Instrument,
	answers: readonly (number | null | undefined)[]
): MeasureScore {
	if (!isComplete(instrument, answers))
		throw new RangeError(`A ${instrument} score needs all ${itemCount(instrument)} items answered 0-3.`);
	const total = answers.reduce<number>((sum, answer) => sum + answer, 0);
	return { total, severity: severityOf(instrument, total), safetyFlag: item9Positive(instrument, answers) };
}

export const scorePhq9 = (answers: readonly (number | null | undefined)[]) => scoreMeasure('phq9', answers);
export const scoreGad7 = (answers: readonly (number | null | undefined)[]) => scoreMeasure('gad7', answers);

/** How many items of a partly answered form have an answer (for "3 of 9 answered"). */
export const answeredCount = (answers: readonly (number | null | undefined)[]): number =>
	answers.filter(isAnswer).length;

/** The change in total since an earlier response of the same instrument, or null when there is none to compare. */
export function changeSince(
	current: Pick<MeasureResponse, 'total'>,
	previous: Pick<MeasureResponse, 'total' | 'day'> | undefined
): { points: number; previousTotal: number; previousDay: string } | null {
	if (!previous) return null;
	return { points: current.total - previous.total, previousTotal: previous.total, previousDay: previous.day };
}
