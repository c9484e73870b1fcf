import type { Region } from '$lib/domain/crisis-lines';

/** Help now: crisis lines by country and the client's own people. */
export const helpNowEn = {
	helpNow: {
		title: 'Help now',
		lead: 'You do not have to get through this alone. Reach out to someone now.',
		danger:
			'If you might act on thoughts of hurting yourself, or you are in danger, call emergency services now.',
		notMonitored:
			'Nobody watches what you enter in Between. If you need help, please contact one of these people or lines.',
		linesFor: (region: string) => `Crisis lines for ${region}`,
		allLines: 'Crisis lines',
		chooseRegion: 'Choose your country so the right lines come first.',
		changeRegion: 'Change country',
		region: 'Country for crisis lines',
		regionAuto: (guess: string) => `Automatic (${guess})`,
		regionAutoUnknown: 'Automatic (show all countries)',
		emergency: 'Emergency services',
		call: (name: string) => `Call ${name}`,
		text: (name: string) => `Text ${name}`,
		callShort: 'Call',
		textShort: 'Text',
		worksOffline: 'These numbers are stored on your phone and work without internet.'
	},
	regions: {
		US: 'the United States',
		CA: 'Canada',
		GB: 'the United Kingdom',
		IE: 'Ireland',
		AU: 'Australia',
		NZ: 'New Zealand'
	} satisfies Record<Region, string>,
	regionNames: {
		US: 'United States',
		CA: 'Canada',
		GB: 'United Kingdom',
		IE: 'Ireland',
		AU: 'Australia',
		NZ: 'New Zealand'
	} satisfies Record<Region, string>,
	contacts: {
		title: 'Your people',
		intro:
			'Friends, family, your therapist or a service you trust. Add their numbers so they are one tap away.',
		empty: 'No one added yet.',
		add: 'Add someone',
		addTitle: 'Add a contact',
		name: 'Name',
		phone: 'Phone number',
		kind: 'Who is this?',
		kinds: { person: 'Someone I know', therapist: 'My therapist', service: 'A service or professional' },
		canText: 'I can text this number',
		note: 'Note (optional)',
		notePlaceholder: 'For example: best after 6 pm',
		save: 'Save contact',
		cancel: 'Cancel',
		delete: (name: string) => `Remove ${name}`,
		deleted: (name: string) => `${name} removed.`,
		undo: 'Undo',
		dismiss: 'Dismiss',
		saved: (name: string) => `${name} added.`,
		draftRestored: 'We kept what you were typing.'
	}
};

export type HelpNowWords = typeof helpNowEn;
