import type { PlanSection } from '$lib/domain/safety-plan';

interface SectionWords {
	/** The step's name in the editor, in the client's voice, as on the Stanley-Brown form. */
	title: string;
	/** One sentence that explains the step. */
	prompt: string;
	/** The step on Help now: what to do, short enough to read in a crisis. */
	crisisTitle: string;
	/** Labels for one line: "Warning sign 2". */
	line: (n: number) => string;
	add: string;
	example: string;
}

/** The safety plan (Stanley & Brown 2012): editor, Help now, history, sharing. */
export const safetyPlanEn = {
	sections: {
		warningSigns: {
			title: 'My warning signs',
			prompt:
				'What thoughts, feelings, images, situations or behaviours tell you that a crisis may be starting?',
			crisisTitle: 'Notice my warning signs',
			line: (n: number) => `Warning sign ${n}`,
			add: 'Add a warning sign',
			example: 'For example: I stop answering messages'
		},
		copingStrategies: {
			title: 'Things I can do on my own',
			prompt:
				'What can you do by yourself to take your mind off things for a while, like a walk, music or a breathing exercise?',
			crisisTitle: 'Try something I can do on my own',
			line: (n: number) => `Thing I can do ${n}`,
			add: 'Add something you can do',
			example: 'For example: a hot shower, then my playlist'
		},
		distractions: {
			title: 'People and places that take my mind off things',
			prompt:
				'Who could you spend time with, or where could you go, to be around others without having to talk about how you feel?',
			crisisTitle: 'Be with people or places that distract me',
			line: (n: number) => `Person or place ${n}`,
			add: 'Add a person or place',
			example: 'For example: the library café'
		},
		helpers: {
			title: 'People I can ask for help',
			prompt: 'Who could you tell that you are struggling, and ask to help you?',
			crisisTitle: 'Ask someone for help',
			line: (n: number) => `Person I can ask ${n}`,
			add: 'Add someone you can ask',
			example: 'For example: my sister Jo'
		},
		professionals: {
			title: 'Professionals and services I can contact',
			prompt:
				'Which professionals or services can you contact in a crisis? The crisis lines for your country are always included.',
			crisisTitle: 'Contact a professional or crisis line',
			line: (n: number) => `Professional or service ${n}`,
			add: 'Add a professional or service',
			example: 'For example: my GP’s out-of-hours number'
		},
		safeEnvironment: {
			title: 'Making my surroundings safe',
			prompt:
				'What can you do to make where you are safer, such as putting things you could use to hurt yourself out of reach or with someone else?',
			crisisTitle: 'Make my surroundings safe',
			line: (n: number) => `Way to stay safe ${n}`,
			add: 'Add a way to stay safe',
			example: 'For example: ask Sam to keep my medication'
		},
		reasonsForLiving: {
			title: 'What matters most to me',
			prompt: 'What is most important to you and worth living for?',
			crisisTitle: 'What matters most to me',
			line: (n: number) => `What matters ${n}`,
			add: 'Add something that matters',
			example: 'For example: my daughter, and seeing her grow up'
		}
	} satisfies Record<PlanSection, SectionWords>,
	step: (n: number) => `Step ${n}`,
	editor: {
		title: 'My safety plan',
		intro:
			'A short list, in your own words, of what to do when things get hard, step by step. It works best made together with your therapist.',
		removeLine: (label: string) => `Remove ${label.toLowerCase()}`,
		lineRemoved: 'Line removed.',
		lineBack: 'Line put back.',
		undo: 'Undo',
		dismiss: 'Dismiss',
		saving: 'Saving…',
		saved: 'Saved on this phone',
		notSaved: 'Not saved yet: see the message below.',
		partlySaved: 'Saved on this phone, except the line marked below.',
		lineTooLong: (max: number, length: number) =>
			`This line is too long to save: ${length} characters, and a line holds ${max}. Shorten it and it will save. The rest of your plan is saved.`,
		tooManyLines: (max: number) =>
			`Only the first ${max} are saved: that is a lot for one step. The rest of your plan is saved.`,
		failed: 'Could not save. Your words are kept here; try again in a moment.',
		restored: 'We kept what you were typing.',
		mergedHere:
			'This step was changed in another tab or window too. Both are kept here: check it says what you want.',
		showOnHelpNow: 'See it on Help now',
		history: 'Changes over time'
	},
	contacts: {
		legend: 'From your people',
		none: 'Add people with their numbers and they will be one tap away on Help now.',
		addNew: 'Add someone new',
		crisisLinesIncluded: 'Always included: the crisis lines for your country.'
	},
	review: {
		title: 'Review with your therapist',
		never: 'You have not marked a review with your therapist yet.',
		last: (date: string) => `Last reviewed with your therapist on ${date}.`,
		due: 'It may be a good time to go through your plan with your therapist again. People, numbers and what helps can change.',
		dueFirst:
			'When you next see your therapist, you could go through this plan together. Plans work best made as a team.',
		next: (date: string) => `We will suggest another look from ${date}.`,
		dateLabel: 'Day you went through it together',
		mark: 'Mark as reviewed',
		notNow: 'Not now'
	},
	share: {
		title: 'Print or share',
		intro:
			'Your plan stays on this phone. To give a copy to someone you trust, print it or send it as an image. Only share it with people you choose.',
		print: 'Printable page',
		image: 'Send as an image',
		wallpaper: 'Phone wallpaper',
		wallpaperHint: 'Your key steps sized for a lock screen, so they are there even without opening Between.',
		making: 'Making the image…',
		shared: 'Shared.',
		downloaded: 'Image saved to your downloads.',
		failed: 'Could not make the image on this phone. The printable page still works.',
		fileName: 'my-safety-plan',
		wallpaperFileName: 'my-safety-plan-wallpaper',
		imageTitle: 'My safety plan',
		printNow: 'Print or save as PDF',
		back: 'Back to my plan',
		printedOn: (date: string) => `Printed from Between on ${date}.`,
		reviewedOn: (date: string) => `Reviewed with my therapist on ${date}.`,
		empty: 'Nothing written in this step yet.',
		moreInApp: 'More in my safety plan in Between',
		crisisLineTitle: 'Crisis line'
	},
	help: {
		planTitle: 'My safety plan',
		planIntro: 'Take it one step at a time. Move to the next step if you still do not feel safe.',
		edit: 'Change my plan',
		otherPeople: 'More of your people',
		inviteTitle: 'Make a safety plan',
		invite:
			'A safety plan is a short list, in your own words, of what helps when things get hard and who you can reach. You can make one whenever you feel ready, on your own or with your therapist.',
		inviteAction: 'Start my safety plan'
	},
	history: {
		title: 'Changes over time',
		intro: 'Each version is the plan as it was after one sitting of changes, newest first.',
		none: 'No versions yet. They appear as you write your plan.',
		version: (date: string) => `Version of ${date}`,
		current: 'Current',
		firstVersion: 'The first version of your plan.',
		compareWith: (date: string) => `Compared with ${date}:`,
		noChanges: 'No changes to the lines in this version.',
		added: 'Added',
		removed: 'Removed',
		unknownContact: 'someone no longer in your contacts',
		reviewed: (date: string) => `Reviewed with your therapist on ${date}.`,
		back: 'Back to my plan',
		restore: 'Make this my plan again',
		restoring: 'Bringing it back…',
		restored:
			'This version is your plan again. What it replaced stays in the history, as the version before.',
		restoreFailed: 'This version could not be brought back. Your plan is unchanged.',
		restoreUnsaved:
			'Your latest words in the plan are not saved yet. Open your plan and let it save, then come back to bring this version back.'
	},
	reminder: {
		title: 'Your safety plan',
		action: 'Review my plan'
	}
};

export type SafetyPlanWords = typeof safetyPlanEn;
