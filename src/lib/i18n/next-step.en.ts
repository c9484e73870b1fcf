/** The card after a hard moment: a check-in at mood 0-2, or a PHQ-9 or GAD-7 in its severe band. */
export const nextStepEn = {
	title: 'That sounds like a hard time',
	checkInBody:
		'Noticing how you feel is a kind thing to do for yourself. You don’t have to fix anything right now. A small step may help.',
	measureBody:
		'Your answers say the last two weeks have been very hard. That is worth taking seriously, and you don’t have to carry it alone.',
	stepsLabel: 'Some small steps',
	helpedBefore: (skill: string) => `${skill} has helped you before, by your own ratings.`,
	tryBreathing: 'A few minutes of slow breathing can take the edge off.',
	trySkill: (skill: string) => `Open ${skill}`,
	therapist: 'Tell your therapist how this has been, at your next session or sooner.',
	helpNow: 'If it feels like too much, Help now has crisis lines and your people, one tap away.',
	openHelpNow: 'Open Help now'
};

export type NextStepWords = typeof nextStepEn;
