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
	homework: {
		title: 'Homework',
		intro: 'Worksheets your therapist suggests, like thought records and activity logs.',
		empty: 'Nothing assigned yet. When your therapist shares a worksheet, it will appear here.'
	},
	drafts: {
		saving: 'Saving…',
		saved: 'Draft saved',
		failed: 'Could not save your draft. Keep this screen open and try again.',
		setAside: 'Some words you started earlier could not go back into this form. They are kept here to copy.',
		copy: 'Copy the words',
		copied: 'Copied',
		dismiss: 'Done with these words',
		readOnly: {
			replaced:
				'Between was updated in another tab, so this form is locked. What you typed is saved: reload to go on.'
		}
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
		readFailed: 'Some of what you saved could not be read just now. Reload to try again; it is still stored.',
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
	records: {
		skipped: (n: number) =>
			n === 1
				? '1 saved item could not be read and is not shown. Everything else is here.'
				: `${n} saved items could not be read and are not shown. Everything else is here.`
	},
	/** Every long text field's count, once the limit comes near (domain/text-limit.ts). */
	characters: {
		// Given the number already formatted for the language (formatNumber), so the shell needs no formatter.
		left: (left: string) => `${left} characters left`,
		over: (over: string) => `${over} characters over the limit: shorten this to save it`
	},
	/** A write that failed: what happened, where the words are now, and what the client can do. */
	writeFailed: {
		quota: 'Your phone is out of space for Between, so this was not saved.',
		other: 'This could not be saved just now.',
		kept: 'What you entered is kept as a draft on this phone, so it will be here after a reload.',
		onScreenOnly:
			'What you entered is still here on screen, but not stored: it would be lost if this page closes or reloads.',
		whatToDo: {
			quota:
				'Free some space on your phone, then try again. You can also copy the text to keep it somewhere safe.',
			other: 'Try again in a moment. You can also copy the text to keep it somewhere safe.'
		},
		copy: 'Copy the text',
		copied: 'Copied. You can paste it into a note or a message to yourself.'
	},
	errors: {
		notFoundTitle: 'This page is not here',
		notFound: 'The link may be old. Everything you saved is still safe.',
		genericTitle: 'Something went wrong',
		generic: 'Reload to try again. Everything you saved is still safe.',
		goToday: 'Go to Today'
	}
};

export type Messages = typeof en;
