/** The More screen: appearance, crisis-line country, privacy, version. */
export const settingsEn = {
	more: {
		title: 'More',
		appearance: 'Appearance',
		theme: 'Theme',
		themes: { system: 'Match my phone', light: 'Light', dark: 'Dark' },
		motion: 'Motion',
		motions: { system: 'Match my phone', reduce: 'Reduce motion' },
		crisisRegion: 'Crisis lines',
		regionAuto: (guess: string) => `Automatic (${guess})`,
		regionAutoUnknown: 'Automatic (show all countries)',
		privacyTitle: 'Your privacy',
		privacy:
			'Everything you write stays on this device. Between has no account, no server and no analytics. Nothing leaves your phone unless you export or share it yourself.',
		version: (name: string) => `Version ${name}`,
		safetyPlan: 'My safety plan',
		safetyPlanBody: 'Your steps for hard moments, in your own words.'
	}
};
