import { addCheckIn, updateCheckIn } from '$lib/db/check-ins';
import type { CheckIn } from '$lib/domain/check-in';
import { isValidationError, messagesByField } from '$lib/domain/errors';
import { fieldTexts } from '$lib/i18n/messages';
import type { App } from '$lib/state/app.svelte';

// Loaded only when a check-in is saved (the form warms it once it has rendered): it validates, so it brings zod,
// and the check-in screen must render without it (DESIGN.md, first-load budget).

export type SaveResult =
	{ checkIn: CheckIn; errors?: undefined } | { checkIn?: undefined; errors: Record<string, string> };

/** Adds a check-in, or changes `existingId`; invalid input comes back as messages by field, with nothing written. */
export async function saveCheckIn(app: App, fields: unknown, existingId?: string): Promise<SaveResult> {
	try {
		const checkIn = existingId
			? await updateCheckIn(app.store, existingId, fields, app.stamp())
			: await addCheckIn(app.store, fields, app.newId(), app.stamp());
		return { checkIn };
	} catch (error) {
		if (isValidationError(error)) return { errors: fieldTexts(messagesByField(error)) };
		throw error;
	}
}
