import type { Bin, RangeKind } from '$lib/domain/progress';
import { formatNumber } from './format';

export const progressEn = {
	screen: {
		title: 'Progress',
		intro: 'How things have been, over the days you choose. Only you see this, unless you share it.',
		rangeLabel: 'Show',
		ranges: {
			'2w': '2 weeks',
			since: 'Since my last session',
			'3m': '3 months',
			'1y': 'A year',
			all: 'Everything',
			custom: 'Dates I choose'
		} satisfies Record<RangeKind, string>,
		lastSession: 'Date of my last session',
		sessionIntro: 'Set the day of your last session to see how things have been since.',
		sessionSet: (day: string) => `Since your session on ${day}.`,
		sessionShow: 'Show since then',
		sessionChange: 'Change the date',
		sessionFuture: 'Choose a day that has already come: today at the latest.',
		sessionMissing: 'Choose the day of your last session.',
		sessionNotSaved: 'The date could not be kept on this device, so it will be gone after a reload.',
		from: 'From',
		to: 'To',
		apply: 'Show these dates',
		empty:
			'Nothing recorded in these days yet. Each check-in and each night in the sleep diary adds a point here; a longer range may show earlier ones.',
		checkInLink: 'Check in now',
		historyLink: 'See every check-in',
		measuresLink: 'Your questionnaire results'
	},
	series: {
		mood: 'Mood',
		moodCaption: (bin: Bin) =>
			`Mood from 0 to 10, the ${binWord[bin]} average, with the lowest and highest check-in and a ${rollingWord[bin]}.`,
		symptomCaption: (name: string, bin: Bin) =>
			`${name} from 0 to 10, the ${binWord[bin]} average, with the lowest and highest rating and a ${rollingWord[bin]}.`,
		average: 'Average',
		rolling: (bin: Bin) => rollingShort[bin],
		spread: 'Lowest to highest',
		entries: 'Check-ins',
		when: { day: 'Day', week: 'Week of', month: 'Month' } satisfies Record<Bin, string>,
		noData: 'none',
		tableToggle: 'Show the numbers',
		/** The tooltip a tap on a point shows: its day, week or month. */
		pointTitle: (bin: Bin, label: string) => (bin === 'week' ? `Week of ${label}` : label),
		range: (min: number, max: number) =>
			min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`
	},
	sleep: {
		efficiency: 'Sleep efficiency',
		efficiencyCaption: (bin: Bin) =>
			`Sleep efficiency in percent (time asleep out of time in bed), the ${binWord[bin]} average, with the lowest and highest night, a ${rollingWord[bin]} and the 85 % line (dotted).`,
		target: '85 % line',
		hours: 'Time asleep',
		hoursCaption: (bin: Bin) =>
			`Hours asleep each night, the ${binWord[bin]} average, with the shortest and longest night and a ${rollingWord[bin]}.`,
		nights: 'Nights'
	},
	measures: {
		title: (name: string, about: string) => `${name} (${about.toLowerCase()})`,
		caption: (name: string, max: number, bin: Bin) =>
			`${name} score from 0 to ${max}${bin === 'day' ? '' : `, the ${binWord[bin]} average`}, over its score ranges, shaded and named.`,
		item9Caption:
			'Triangles mark the times you answered question 9 (thoughts that you would be better off dead, or of hurting yourself) with more than “Not at all”.',
		score: 'Score',
		band: 'Range',
		item9: 'Question 9',
		item9Mark: 'Question 9 above “Not at all”',
		item9Help:
			'If thoughts like these are with you now, Help now is at the top of every screen, and your therapist would want to know.',
		times: 'Times taken'
	},
	counts: {
		chartCaption: (what: string, bin: Bin) =>
			`${what} ${perBin[bin]}, stacked, each kind in its own pattern.`,
		when: { day: 'Day', week: 'Week of', month: 'Month' } satisfies Record<Bin, string>,
		total: 'Times',
		which: 'Which',
		part: (name: string, count: number) => `${name} ${formatNumber(count)}`
	},
	practice: {
		title: 'Practice',
		chart: 'Practices',
		caption: 'How many times you practised each skill in these days.',
		skill: 'Skill',
		times: 'Times'
	},
	homework: {
		title: 'Homework',
		chart: 'Worksheets completed',
		caption: 'How many worksheets of each kind you completed in these days.',
		kind: 'Worksheet',
		times: 'Completed'
	},
	tags: {
		title: 'Mood and your tags',
		intro:
			'How your mood went on days with each tag, and on days without it. This shows what happened together, not what caused what.',
		caption: 'Average mood from 0 to 10 on days with each tag and on other days, with the number of days.',
		tag: 'Tag',
		with: 'On days with it',
		without: 'On other days',
		mood: (mood: string, days: number) => `${mood} (${days === 1 ? '1 day' : `${formatNumber(days)} days`})`,
		tooFew: (names: string, enough: number) =>
			`Not enough days yet to say anything about ${names}: each needs ${enough} days with it and ${enough} without.`
	}
};

const perBin: Record<Bin, string> = { day: 'each day', week: 'each week', month: 'each month' };
const binWord: Record<Bin, string> = { day: 'daily', week: 'weekly', month: 'monthly' };
const rollingWord: Record<Bin, string> = {
	day: '7-day rolling average (dashed)',
	week: '7-week rolling average (dashed)',
	month: '7-month rolling average (dashed)'
};
const rollingShort: Record<Bin, string> = {
	day: '7-day average',
	week: '7-week average',
	month: '7-month average'
};

export type ProgressWords = typeof progressEn;
