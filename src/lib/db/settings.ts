import { SETTINGS_ID, settingsFromRow, type Settings } from '$lib/domain/settings';
import { Settings as SettingsSchema } from '$lib/domain/settings.schema';
import type { Db } from './db';

/** The client's settings, with defaults for anything never set. */
export async function getSettings(db: Db): Promise<Settings> {
	return settingsFromRow(await db.settings.get(SETTINGS_ID));
}

/** Merges `changes` into the stored settings; invalid changes throw and write nothing. */
export async function updateSettings(db: Db, changes: Partial<Settings>, now: string): Promise<Settings> {
	return db.transaction('rw', db.settings, async () => {
		const current = await getSettings(db);
		const next = SettingsSchema.parse({
			...current,
			...changes,
			id: SETTINGS_ID,
			createdAt: current.createdAt ?? now,
			updatedAt: now
		});
		await db.settings.put(next);
		return next;
	});
}
