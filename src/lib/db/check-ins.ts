import { isFilledInLater } from '$lib/domain/check-in';
import { CheckIn, CheckInInput } from '$lib/domain/check-in.schema';
import { msg } from '$lib/domain/messages';
import type { Db } from './db';

/** Saves a new check-in written at `at`. Invalid input throws a ValidationError and writes nothing. */
export async function addCheckIn(db: Db, input: unknown, id: string, at: string): Promise<CheckIn> {
	const fields = CheckInInput.parse(input);
	const checkIn = CheckIn.parse({
		...fields,
		id,
		at,
		filledInLater: isFilledInLater(fields.day, at),
		createdAt: at,
		updatedAt: at
	});
	await db.checkIns.add(checkIn);
	return checkIn;
}

/** Changes a check-in; when it was written stays as it was, so "filled in later" follows the day chosen. */
export async function updateCheckIn(db: Db, id: string, input: unknown, now: string): Promise<CheckIn> {
	const fields = CheckInInput.parse(input);
	return db.transaction('rw', db.checkIns, async () => {
		const existing = await db.checkIns.get(id);
		if (!existing) throw new Error(msg('checkIn.gone'));
		const checkIn = CheckIn.parse({
			...existing,
			...fields,
			filledInLater: isFilledInLater(fields.day, existing.at),
			updatedAt: now
		});
		await db.checkIns.put(checkIn);
		return checkIn;
	});
}

export const deleteCheckIn = (db: Db, id: string) => db.checkIns.delete(id);

/** Puts back a check-in exactly as it was (undo of a delete). */
export const restoreCheckIn = async (db: Db, checkIn: CheckIn) => {
	await db.checkIns.put(CheckIn.parse(checkIn));
};
