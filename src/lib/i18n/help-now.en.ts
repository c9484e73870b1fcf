import type { EmergencyService, LineNote } from '$lib/domain/crisis-lines';

/** Help now: crisis lines by country and the client's own people. */
export const helpNowEn = {
	helpNow: {
		title: 'Help now',
		lead: 'You do not have to get through this alone. Reach out to someone now.',
		danger:
			'If you might act on thoughts of hurting yourself, or you are in danger, call emergency services now.',
		notMonitored:
			'Nobody watches what you enter in Between. If you need help, please contact one of these people or lines.',
		linesFor: (country: string) => `Crisis lines: ${country}`,
		allLines: 'Crisis lines',
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
	/** Under a line's name (domain/crisis-lines.ts, LineNote). */
	lineNotes: {
		spanish988: 'In Spanish: press 2, or text AYUDA to 988.',
		englishFrench: 'In English and French.',
		england: 'In England: choose the mental health option.',
		starFromMobiles:
			'From mobile phones. If the Call button does not start the call (iPhones may refuse a number with *), dial *4141 yourself.',
		option4: 'Choose option 4, for mental health.',
		option5: 'Choose option 5, for mental health.',
		fromMobiles: 'From mobile phones.'
	} satisfies Record<LineNote, string>,
	/** What an emergency number reaches (domain/crisis-lines.ts, EmergencyService). */
	services: {
		general: 'Emergency services',
		police: 'Police',
		ambulance: 'Ambulance',
		samu: 'SAMU, medical emergencies',
		deafText: 'Emergency services by text, for deaf and hard-of-hearing people'
	} satisfies Record<EmergencyService, string>,
	/** A country the app carries no lines for, or one it cannot tell. */
	fallback: {
		unbundled: (country: string) => `Between does not carry crisis lines for ${country} yet.`,
		unknown: 'Between could not tell which country you are in.',
		emergency:
			'If you are in danger or might act on thoughts of hurting yourself, call your local emergency number now. 112 works across the EU and from most mobile phones.',
		call112: 'Call 112',
		choose: 'Choose a country',
		addOwn: 'Add your own crisis line',
		addOwnHint: 'A line you trust, or your therapist’s number, so it is one tap away here.'
	},
	/** Every bundled country's lines, each one tap away (features/help-now/OtherCountries.svelte). */
	countries: {
		other: 'Crisis lines in other countries',
		all: 'Crisis lines by country'
	},
	picker: {
		change: 'Change country',
		search: 'Search for a country',
		automatic: (country: string) => `Automatic (${country})`,
		automaticUnknown: 'Automatic (not known)',
		noMatch:
			'No country of that name has lines in Between. Call your local emergency number, or add your own line.',
		close: 'Done'
	},
	cannotDial: 'This number cannot be dialled from here. Check it in your contacts.',
	extension: (extension: string) => `Then extension ${extension}`,
	textWord: (word: string, to: string) => `Text ${word} to ${to}`,
	textTo: (to: string) => `Text ${to}`,
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
