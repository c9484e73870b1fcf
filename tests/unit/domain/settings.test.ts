import { describe, expect, test } from 'vitest';
import { defaultSettings, settingsFromRow } from '$lib/domain/settings';
import { Settings } from '$lib/domain/settings.schema';

describe('settings', () => {
	test('a stored row is read as it was written', () => {
		const row = Settings.parse({
			theme: 'dark',
			motion: 'reduce',
			region: 'NZ',
			createdAt: '2026-11-02T08:00:00+13:00'
		});
		expect(settingsFromRow(row)).toEqual(row);
	});

	test('missing or unknown fields fall back to their defaults, one by one', () => {
		expect(settingsFromRow(undefined)).toEqual(defaultSettings());
		expect(settingsFromRow({ theme: 'sepia', motion: 'reduce', region: 'XX' })).toEqual({
			...defaultSettings(),
			motion: 'reduce'
		});
	});

	test('writes are strict: an unknown theme is refused', () => {
		expect(() => Settings.parse({ theme: 'sepia' })).toThrow();
		expect(Settings.parse({})).toEqual(defaultSettings());
	});
});
