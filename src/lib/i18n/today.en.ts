import type { PartOfDay } from '$lib/domain/time';

/** Today: the greeting, its cards, the check-in status line and the questionnaires-due card. */
export const todayEn = {
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

export type TodayWords = typeof todayEn;
