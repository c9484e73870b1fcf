import type { PartOfDay } from '$lib/domain/time';

/**
 * Every word the app shows, in English. A second language is a sibling file satisfying `Messages`;
 * components never hold user-facing text of their own. A capability with many words keeps them in its own
 * `<area>.en.ts` beside this file and is added below with one import and one key.
 */
export const en = {
	app: {
		name: 'Between',
		tagline: 'For the days between sessions',
		skipToContent: 'Skip to content',
		loading: 'Opening Between…'
	},
	helpNow: {
		button: 'Help now',
		buttonLabel: 'Help now: crisis lines and your people'
	},
	nav: {
		label: 'Main',
		today: 'Today',
		skills: 'Skills',
		homework: 'Homework',
		progress: 'Progress',
		more: 'More'
	},
	today: {
		greeting: {
			morning: 'Good morning',
			afternoon: 'Good afternoon',
			evening: 'Good evening',
			night: 'Hello'
		} satisfies Record<PartOfDay, string>,
		intro: 'Take what helps today and leave the rest.',
		checkInTitle: 'Check in',
		checkInBody: 'How are you right now? It takes a few seconds.',
		skillsTitle: 'Practise a skill',
		skillsBody: 'Breathing, grounding, and the skills from your sessions.',
		helpTitle: 'Need help now?',
		helpBody: 'Crisis lines and your people, even offline.'
	},
	skills: {
		title: 'Skills',
		intro: 'Coping skills you learn with your therapist and practise here.'
	},
	homework: {
		title: 'Homework',
		intro: 'Worksheets your therapist suggests, like thought records and activity logs.',
		empty: 'Nothing assigned yet. When your therapist shares a worksheet, it will appear here.'
	},
	progress: {
		title: 'Progress',
		intro: 'How things have been, over the days and weeks you choose.',
		empty: 'Your charts will appear here once you have a few check-ins.'
	},
	drafts: {
		saving: 'Saving…',
		saved: 'Draft saved',
		failed: 'Could not save your draft. Keep this screen open and try again.'
	},
	update: {
		available: 'A new version of Between is ready.',
		detail: 'Your drafts are saved before it restarts.',
		now: 'Update now',
		later: 'Later',
		updating: 'Updating…'
	},
	database: {
		otherTab: 'Between was updated in another tab. Your drafts are saved.',
		reload: 'Reload',
		problemTitle: 'Between cannot reach its storage',
		problems: {
			unavailable:
				'This browser is not letting Between store anything. This can happen in private browsing or when site data is turned off. Open Between in a normal window to keep your entries.',
			quota:
				'Your phone is out of storage space for Between. Free some space, then reload. Nothing you saved has been lost.',
			'newer-version':
				'A newer version of Between has already been opened on this device. Reload to use it; your entries are safe.',
			blocked:
				'Another Between tab or window is still open with an older version. Close it, then reload this page.',
			unknown:
				'Something stopped Between from opening its storage. Reload to try again; your entries are safe.'
		},
		helpStillWorks: 'Help now still works: crisis lines do not need storage.'
	},
	errors: {
		notFoundTitle: 'This page is not here',
		notFound: 'The link may be old. Everything you saved is still safe.',
		genericTitle: 'Something went wrong',
		generic: 'Reload to try again. Everything you saved is still safe.',
		goToday: 'Go to Today'
	},
	// Today's check-in status and measures card (their screens keep their words in check-in.en.ts, measures.en.ts).
	checkInStatus: {
		none: 'No check-ins yet today.',
		one: (time: string) => `Checked in today at ${time}.`,
		many: (count: number, time: string) => `Checked in ${count} times today, last at ${time}.`
	},
	measuresDue: {
		title: 'Two short questionnaires',
		titleOne: 'A short questionnaire',
		body: 'Mood and anxiety over the last two weeks, whenever suits you. About 3 minutes.',
		one: (name: string) => `Your ${name} is ready whenever suits you. About 2 minutes.`,
		names: { phq9: 'PHQ-9', gad7: 'GAD-7' }
	}
};

export type Messages = typeof en;
