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
		from: 'From',
		to: 'To',
		apply: 'Show these dates',
		empty:
			'No check-ins in these days yet. Each check-in adds a point here; a longer range may show earlier ones.',
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
		range: (min: number, max: number) =>
			min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`
	}
};

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
