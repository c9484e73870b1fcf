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

describe('the measure schedule setting', () => {
	test('defaults to every 14 days, can be changed or turned off, and odd values fall back', () => {
		expect(defaultSettings().measureInterval).toBe(14);
		expect(settingsFromRow({ measureInterval: 28 }).measureInterval).toBe(28);
		expect(settingsFromRow({ measureInterval: null }).measureInterval).toBeNull();
		expect(settingsFromRow({ measureInterval: 0 }).measureInterval).toBe(14);
		expect(settingsFromRow({ measureInterval: '7' }).measureInterval).toBe(14);
		expect(Settings.parse({ measureInterval: null }).measureInterval).toBeNull();
		expect(() => Settings.parse({ measureInterval: 1.5 })).toThrow();
		expect(() => Settings.parse({ measureInterval: 400 })).toThrow();
	});
});

describe('the language setting', () => {
	test('none is chosen until the client chooses: the browser decides meanwhile', () => {
		expect(defaultSettings().language).toBeNull();
		expect(settingsFromRow({ language: 'en' }).language).toBe('en');
		// A language this version does not speak (written by a newer one) falls back to following the browser.
		expect(settingsFromRow({ language: 'tlh' }).language).toBeNull();
		expect(Settings.parse({ language: 'en' }).language).toBe('en');
		expect(() => Settings.parse({ language: 'tlh' })).toThrow();
	});

	test('a row written before the field existed (schema v4) parses as it is, with no migration', () => {
		const v4Row = { id: 'settings', theme: 'dark', motion: 'system', region: 'IE', measureInterval: 28 };
		expect(Settings.parse(v4Row)).toEqual({ ...v4Row, language: null, lastSession: null });
		expect(settingsFromRow(v4Row)).toEqual({ ...v4Row, language: null, lastSession: null });
	});
});

describe('the day of the last session', () => {
	test('unset until the client sets it; a day that cannot be is refused on write and ignored on read', () => {
		expect(defaultSettings().lastSession).toBeNull();
		expect(settingsFromRow({ lastSession: '2026-11-26' }).lastSession).toBe('2026-11-26');
		expect(settingsFromRow({ lastSession: '2026-02-30' }).lastSession).toBeNull();
		expect(settingsFromRow({ lastSession: 20261126 }).lastSession).toBeNull();
		expect(Settings.parse({ lastSession: '2026-11-26' }).lastSession).toBe('2026-11-26');
		expect(() => Settings.parse({ lastSession: '2026-02-30' })).toThrow();
		expect(() => Settings.parse({ lastSession: '26/11/2026' })).toThrow();
	});
});
