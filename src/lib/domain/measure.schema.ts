import { Day, Id, Instant, Timestamps } from './common';
import {
	ANSWERS,
	DIFFICULTIES,
	INSTRUMENTS,
	SEVERITIES,
	isComplete,
	itemCount,
	scoreMeasure
} from './measures';
import { msg } from './messages';
import { z } from './zod';

const Answer = z.literal(ANSWERS, { error: msg('measure.answer') });
const Difficulty = z.literal(DIFFICULTIES, { error: msg('measure.difficulty') });

/** What a finished form sends: one answer (0-3) per item and the optional, unscored difficulty question. */
export const MeasureInput = z
	.object({
		instrument: z.enum(INSTRUMENTS),
		answers: z.array(z.nullable(z.int())),
		difficulty: z._default(z.nullable(Difficulty), null)
	})
	.check(
		z.refine((input) => isComplete(input.instrument, input.answers), {
			error: msg('measure.incomplete'),
			path: ['answers']
		})
	);
export type MeasureInput = z.input<typeof MeasureInput>;

/**
 * A completed PHQ-9 or GAD-7. Total, severity and the item-9 flag are stored with the answers so that a summary
 * or export reads them directly; they are checked against the answers on every write (measures.ts, scoreMeasure).
 */
export const MeasureResponse = z
	.object({
		id: Id,
		instrument: z.enum(INSTRUMENTS),
		/** The local day it was completed; it looks back over the two weeks before. */
		day: Day,
		at: Instant,
		answers: z.array(Answer),
		difficulty: z.nullable(Difficulty),
		total: z.int(),
		severity: z.enum(SEVERITIES),
		/** PHQ-9 item 9 above 0: the therapist summary shows it (CLINICAL.md). */
		safetyFlag: z.boolean(),
		...Timestamps.shape
	})
	.check(
		z.refine((r) => r.answers.length === itemCount(r.instrument), {
			error: msg('measure.unanswered'),
			path: ['answers']
		}),
		z.refine(
			(r) => {
				if (!isComplete(r.instrument, r.answers)) return false;
				const score = scoreMeasure(r.instrument, r.answers);
				return score.total === r.total && score.severity === r.severity && score.safetyFlag === r.safetyFlag;
			},
			{ error: msg('measure.scoreMismatch'), path: ['total'] }
		)
	);
export type MeasureResponse = z.infer<typeof MeasureResponse>;
