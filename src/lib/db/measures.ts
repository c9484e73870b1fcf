import { scoreMeasure } from '$lib/domain/measures';
import { MeasureInput, MeasureResponse } from '$lib/domain/measure.schema';
import { dayOfInstant } from '$lib/domain/time';
import type { Db } from './db';

/**
 * Stores a completed PHQ-9 or GAD-7 with its score, band and item-9 flag. An incomplete or invalid form throws a
 * ValidationError and writes nothing: a partial form is a draft and is never scored.
 */
export async function saveMeasureResponse(
	db: Db,
	input: unknown,
	id: string,
	at: string
): Promise<MeasureResponse> {
	const { instrument, answers, difficulty } = MeasureInput.parse(input);
	const response = MeasureResponse.parse({
		id,
		instrument,
		day: dayOfInstant(at),
		at,
		answers,
		difficulty,
		...scoreMeasure(instrument, answers),
		createdAt: at,
		updatedAt: at
	});
	await db.measureResponses.add(response);
	return response;
}

/** Deletes one response; the questionnaires screen offers to undo it. The schedule follows what remains. */
export const deleteMeasureResponse = (db: Db, id: string) => db.measureResponses.delete(id);

/** Puts back a response exactly as it was (undo of a delete); an invalid one is refused and nothing is written. */
export const restoreMeasureResponse = async (db: Db, response: MeasureResponse) => {
	await db.measureResponses.put(MeasureResponse.parse(response));
};
