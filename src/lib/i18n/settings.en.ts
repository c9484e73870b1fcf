/** The More screen: appearance, crisis-line country, privacy, version. */
export const settingsEn = {
	more: {
		title: 'More',
		appearance: 'Appearance',
		language: 'Language',
		languageAuto: (name: string) => `Match my phone (${name})`,
		theme: 'Theme',
		themes: { system: 'Match my phone', light: 'Light', dark: 'Dark' },
		motion: 'Motion',
		motions: { system: 'Match my phone', reduce: 'Reduce motion' },
		crisisRegion: 'Crisis lines',
		privacyTitle: 'Your privacy',
		privacy:
			'Everything you write stays on this device. Between has no account, no server and no analytics. Nothing leaves your phone unless you export or share it yourself.',
		version: (name: string) => `Version ${name}`,
		measures: 'Questionnaires',
		measuresIntro:
			'How often Today offers the PHQ-9 (mood) and GAD-7 (anxiety). Both look back over two weeks.',
		measureInterval: 'Offer them',
		measureIntervals: { '7': 'Every week', '14': 'Every 2 weeks', '28': 'Every 4 weeks', off: 'Never' },
		openMeasures: 'Open questionnaires',
		safetyPlan: 'My safety plan',
		safetyPlanBody: 'Your steps for hard moments, in your own words.'
	}
};

export type SettingsWords = typeof settingsEn;
