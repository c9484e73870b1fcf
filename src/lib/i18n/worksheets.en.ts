import { formatNumber } from './format';
import type { DayBlock } from '$lib/domain/worksheets/activity';
import type { StandardDistortion } from '$lib/domain/worksheets/distortions';
import type { COMMON_MOODS, ThoughtRecordStep } from '$lib/domain/worksheets/thought-record';

/** One distortion's words: its name, one plain sentence, and an example. */
interface DistortionWords {
	name: string;
	sentence: string;
	example: string;
}

/** The Homework screen and the worksheets' words (CLINICAL.md, "Thought record"). */
export const worksheetsEn = {
	distortions: {
		'all-or-nothing': {
			name: 'All-or-nothing thinking',
			sentence: 'Seeing things in only two categories, with nothing in between.',
			example: '“If it isn’t perfect, I’ve failed.”'
		},
		overgeneralisation: {
			name: 'Overgeneralisation',
			sentence: 'Taking one thing that went wrong as a pattern that never ends.',
			example: '“I didn’t get the job. Nothing ever works out for me.”'
		},
		'mental-filter': {
			name: 'Mental filter',
			sentence: 'Dwelling on one negative detail until it colours everything else.',
			example: '“One person frowned during my talk, so the whole thing went badly.”'
		},
		'disqualifying-positive': {
			name: 'Disqualifying the positive',
			sentence: 'Deciding that good things do not count, so they never change the picture.',
			example: '“They only said it was good to be kind.”'
		},
		'jumping-to-conclusions': {
			name: 'Jumping to conclusions',
			sentence:
				'Deciding something bad without the facts: reading minds (knowing what others think) or telling the future.',
			example: '“She hasn’t replied, so she must be angry with me.”'
		},
		'magnification-minimisation': {
			name: 'Magnification or minimisation',
			sentence: 'Blowing up the size of problems or mistakes, and shrinking strengths and good things.',
			example: '“I forgot one thing on the list, that’s a disaster. Finishing the rest was nothing.”'
		},
		'emotional-reasoning': {
			name: 'Emotional reasoning',
			sentence: 'Taking a feeling as proof of how things really are.',
			example: '“I feel stupid, so I must be stupid.”'
		},
		'should-statements': {
			name: 'Should statements',
			sentence: 'Holding yourself or others to rigid rules of “should”, “must” and “ought”.',
			example: '“I should be able to cope with this on my own.”'
		},
		labelling: {
			name: 'Labelling',
			sentence: 'Giving yourself or someone else a harsh label instead of describing what happened.',
			example: '“I’m a loser,” instead of “I made a mistake.”'
		},
		'personalisation-blame': {
			name: 'Personalisation and blame',
			sentence:
				'Holding yourself responsible for something not fully in your control, or blaming others and overlooking your own part.',
			example: '“My friend is upset, it must be something I did.”'
		}
	} satisfies Record<StandardDistortion, DistortionWords>,
	moods: {
		sad: 'Sad',
		anxious: 'Anxious',
		angry: 'Angry',
		ashamed: 'Ashamed',
		guilty: 'Guilty',
		hurt: 'Hurt',
		lonely: 'Lonely',
		frustrated: 'Frustrated',
		scared: 'Scared',
		hopeless: 'Hopeless'
	} satisfies Record<(typeof COMMON_MOODS)[number], string>,
	kinds: {
		'thought-record': 'Thought record',
		'quick-thought-record': 'Quick thought record',
		'activity-log': 'Activity log',
		'activity-plan': 'Planned activity',
		'exposure-ladder': 'Exposure ladder',
		'problem-solving': 'Problem solving'
	},
	steps: {
		situation: {
			title: 'Situation',
			explain: 'Write down what was happening: who you were with, what you were doing, when and where.',
			label: 'The situation',
			example: 'Tuesday, 10 pm, at home alone. My sister didn’t answer my message about the weekend.'
		},
		moods: {
			title: 'Moods',
			explain: 'Name each mood you felt, in one word, and rate how strong it was from 0 to 100.',
			label: 'Moods',
			example: 'Sad 80, Anxious 60, Hurt 50.'
		},
		thoughts: {
			title: 'Automatic thoughts',
			explain:
				'Write the thoughts and images that went through your mind, then mark the hot thought: the one that brings the strongest feeling.',
			label: 'Thoughts and images',
			example:
				'“She doesn’t want to see me.” “I always get left out.” (hot thought: “She doesn’t want to see me.”)'
		},
		'evidence-for': {
			title: 'Evidence for',
			explain: 'Write the facts that support the hot thought: what happened, not how it felt.',
			label: 'Evidence that supports the hot thought',
			example: 'She hasn’t replied for three hours. Last month she cancelled our lunch.'
		},
		'evidence-against': {
			title: 'Evidence against',
			explain: 'Write the facts that do not support the hot thought, even small ones.',
			label: 'Evidence that does not support the hot thought',
			example:
				'She works late on Tuesdays. She rescheduled the lunch herself. She asked about my week on Sunday.'
		},
		balanced: {
			title: 'Balanced thought',
			explain:
				'Write a thought that takes in all the evidence, then rate how much you believe it from 0 to 100.',
			label: 'Balanced or alternative thought',
			example: 'She is probably busy; she has made time for me before and likely will again. Belief: 70.'
		},
		rerate: {
			title: 'Re-rate moods',
			explain: 'Rate each mood again from 0 to 100, as you feel it now.',
			label: 'Moods now',
			example: 'Sad 50, Anxious 30, Hurt 40.'
		}
	} satisfies Record<ThoughtRecordStep, { title: string; explain: string; label: string; example: string }>,
	/** The standard prompting questions for the evidence against (Greenberger & Padesky). */
	promptingQuestions: [
		'Have I had experiences that show this thought is not completely true all the time?',
		'If my best friend or someone I love had this thought, what would I tell them?',
		'If someone who cares about me knew I was thinking this, what would they say?',
		'When I am not feeling this way, do I think about this type of situation differently?',
		'When I have felt this way before, what did I think about that helped me feel better?',
		'Five years from now, if I look back at this situation, will I look at it differently?',
		'Are there any strengths or positives in me or the situation that I am ignoring?',
		'Am I jumping to conclusions that are not completely justified by the evidence?'
	],
	/** Behavioural activation: the activity log and plan (CLINICAL.md). */
	activities: {
		title: 'Activities',
		intro:
			'Note what you do through the day and how it felt, and plan a few things that matter to you. Small things count.',
		back: 'Homework',
		logTitle: 'Log an activity',
		logHint: 'Something you did today or earlier: a walk, a call, cooking, resting.',
		planTitle: 'Plan an activity',
		planHint: 'Something for a coming day that matters to you or that you used to enjoy. Keep it small.',
		what: 'What did you do?',
		whatPlanned: 'What will you do?',
		why: 'Why it matters to you (optional)',
		day: 'Day',
		block: 'Time of day',
		blocks: {
			night: 'Night (before 5 am)',
			'early-morning': 'Early morning (5–9 am)',
			morning: 'Morning (9 am–12 pm)',
			afternoon: 'Afternoon (12–5 pm)',
			evening: 'Evening (5–9 pm)'
		} satisfies Record<DayBlock, string>,
		blocksShort: {
			night: 'Night',
			'early-morning': 'Early morning',
			morning: 'Morning',
			afternoon: 'Afternoon',
			evening: 'Evening'
		} satisfies Record<DayBlock, string>,
		ratingsHint: 'Each rating is optional.',
		outOf: (value: number) => `${value} out of 10`,
		notRatedYet: 'Not rated',
		clear: 'Clear',
		clearLabel: (rating: string) => `Clear ${rating}`,
		mood: 'Mood',
		moodEnds: { low: 'Very low', high: 'Very good' },
		mastery: 'Mastery: how much you achieved',
		masteryEnds: { low: 'Nothing', high: 'A lot' },
		pleasure: 'Pleasure: how much you enjoyed it',
		pleasureEnds: { low: 'Not at all', high: 'Very much' },
		note: 'Note (optional)',
		addToLog: 'Add to the log',
		addToPlan: 'Add to the plan',
		logged: 'Added to your log.',
		planned: 'Added to your plan.',
		plannedTitle: 'Planned',
		nonePlanned: 'Nothing planned yet.',
		markDone: 'Done',
		markDoneLabel: (activity: string) => `Mark ${activity} as done`,
		notDone: 'Didn’t happen',
		notDoneLabel: (activity: string) => `${activity} didn’t happen`,
		notDoneSaid: 'Marked as not done. Noticing what gets in the way is useful too.',
		doneTitle: (activity: string) => `How did ${activity} go?`,
		saveDone: 'Save',
		cancel: 'Cancel',
		doneSaid: 'Marked as done. Well noticed.',
		logListTitle: 'Your log',
		noneLogged: 'Nothing logged yet. Whatever you did today counts.',
		ratings: (mood: string, mastery: string, pleasure: string) =>
			`Mood ${mood} · Mastery ${mastery} · Pleasure ${pleasure}`,
		notRated: '–',
		wasPlanned: (ratings: string) => `${ratings} · Planned, done`,
		wasNotDone: 'Planned, didn’t happen',
		deleteLabel: (activity: string) => `Delete ${activity}`,
		deleted: 'Activity deleted.',
		undo: 'Undo',
		dismiss: 'Close',
		summaryTitle: 'What went with better mood',
		summaryWaiting: (left: number) =>
			`After ${left === 1 ? 'one more activity' : `${formatNumber(left)} more activities`} with a mood rating, this will show which ones went with better mood.`,
		summaryIntro: (count: string, mood: string) =>
			`Over ${count} activities with a mood rating, your mood averaged ${mood}.`,
		summaryRow: (name: string, mood: string, times: string) =>
			`${name}: mood ${mood} on average, ${times} times`,
		summaryAbove: (points: string) => `${points} above your average`,
		summaryBelow: (points: string) => `${points} below your average`,
		summarySame: 'the same as your average',
		summaryNone: 'No activity has been done twice with a mood rating yet.',
		summaryCaution:
			'This is what happened alongside each activity, not proof of what causes what. It can be worth talking over with your therapist.',
		saving: 'Saving…',
		saved: 'Saved',
		saveFailed: 'Not saved'
	},
	/** The exposure ladder (CLINICAL.md): steps by expected distress, practices with SUDS before, peak and after. */
	ladder: {
		intro:
			'List situations you avoid, from the easiest to the hardest, and practise one step at a time. Distress is rated 0 to 100 (0: calm, 100: the worst you can imagine).',
		goal: 'What are you working towards?',
		goalHint: 'For example: take the bus to work.',
		stepsTitle: 'Your ladder, easiest first',
		noSteps: 'No steps yet. Start with a few situations, from mildly hard to very hard.',
		progress: (mastered: number, total: number) =>
			`${formatNumber(mastered)} of ${formatNumber(total)} steps mastered`,
		addStepTitle: 'Add a step',
		situation: 'The situation',
		situationHint: 'Something specific: where, with whom, for how long.',
		expected: 'How much distress do you expect?',
		sudsEnds: { low: 'Calm', high: 'The worst' },
		outOf: (value: number) => `${value} out of 100`,
		notRated: 'Not rated yet',
		addStep: 'Add this step',
		expectedShort: (value: number) => `Expected distress ${formatNumber(value)}`,
		practices: (count: number) =>
			count === 0
				? 'Not practised yet'
				: count === 1
					? 'Practised once'
					: `Practised ${formatNumber(count)} times`,
		peakFell: (first: number, latest: number) =>
			`The peak came down from ${formatNumber(first)} to ${formatNumber(latest)}.`,
		peakSame: (peak: number) =>
			`The peak has stayed at ${formatNumber(peak)} so far. That often takes a few tries.`,
		peakRose: (first: number, latest: number) =>
			`The peak went from ${formatNumber(first)} to ${formatNumber(latest)}. Harder days happen; keep going at your pace.`,
		mastered: 'Mastered',
		masteredLabel: (situation: string) => `${situation}: mastered`,
		logPractice: 'Log a practice',
		logPracticeLabel: (situation: string) => `Log a practice of ${situation}`,
		practiceTitle: (situation: string) => `A practice: ${situation}`,
		day: 'Day',
		before: 'Distress before',
		peak: 'Distress at its peak',
		after: 'Distress after',
		minutes: 'How many minutes?',
		noticed: 'What did you notice? (optional)',
		addPractice: 'Add this practice',
		cancel: 'Cancel',
		removeStep: 'Remove step',
		removeStepLabel: (situation: string) => `Remove the step ${situation}`,
		stepRemoved: 'Step removed.',
		practiceAdded: 'Practice added. Well done for facing it.',
		undo: 'Undo',
		dismiss: 'Close',
		practiceLine: (day: string, before: number, peak: number, after: number, minutes: number) =>
			`${day}: ${formatNumber(before)} → peak ${formatNumber(peak)} → ${formatNumber(after)}, ${formatNumber(minutes)} min`,
		save: 'Save ladder',
		savedLadder: 'Ladder saved.',
		saving: 'Saving…',
		saved: 'Saved',
		saveFailed: 'Not saved'
	},
	homework: {
		title: 'Homework',
		intro: 'Worksheets to work through between sessions, at your own pace. Everything saves as you type.',
		start: 'Start a worksheet',
		startFull: 'Thought record',
		startFullHint: 'Seven short steps, one at a time.',
		startQuick: 'Quick thought record',
		startQuickHint: 'One screen, for the moment itself.',
		startLadder: 'Exposure ladder',
		startLadderHint: 'Small steps towards something you avoid, easiest first.',
		startProblem: 'Problem solving',
		startProblemHint: 'Define it, list options, choose one, plan it, then look back.',
		lookBack: 'Time to look back on how it went',
		activities: 'Activity log and plan',
		activitiesHint: 'What you did and how it felt, and what you plan to do.',
		drafts: 'Not finished yet',
		continueDraft: 'Continue',
		completed: 'Completed',
		none: 'Nothing completed yet. Finished worksheets will be listed here.',
		search: 'Search your worksheets',
		noMatch: 'No worksheet has those words.',
		untitled: 'No words yet',
		open: 'Open',
		delete: 'Delete',
		deleted: 'Worksheet deleted.',
		undo: 'Undo',
		dismiss: 'Close',
		deleteLabel: (title: string) => `Delete ${title}`,
		completedOn: (date: string) => `Completed ${date}`,
		editedOn: (date: string) => `edited ${date}`,
		startedOn: (date: string) => `Started ${date}`
	},
	record: {
		progress: (step: number, of: number) => `Step ${step} of ${of}`,
		back: 'Back',
		next: 'Next',
		finish: 'See the summary',
		showExample: 'Show an example',
		showQuestions: 'Questions that can help',
		hotThought: 'Hot thought',
		addThought: 'Add a thought',
		thoughtLabel: (n: number) => `Thought ${n}`,
		removeThought: (n: number) => `Remove thought ${n}`,
		distortionsFor: (n: number) => `Thinking patterns in thought ${n} (optional)`,
		addMood: 'Add mood',
		moodName: 'Mood name',
		commonMoods: 'Common moods',
		moodRating: (name: string) => `${name}, how strong (0-100)`,
		moodNow: (name: string) => `${name} now (0-100)`,
		moodWas: (n: number) => `It was ${n}.`,
		removeMood: (name: string) => `Remove ${name}`,
		noMoods: 'No moods yet. Add one above; you can come back to it.',
		noMoodsToRerate: 'No moods were named at step 2. You can go back and add them, or finish here.',
		belief: 'How much you believe it (0-100)',
		summary: 'Summary',
		summaryIntro: 'Here is what you wrote.',
		moodChange: 'How your moods changed',
		changeLine: (name: string, before: number, after: number) => `${name}: ${before} before, ${after} now`,
		noRerate: 'No moods were re-rated.',
		noChangeNote: 'Moods don’t always shift straight away. Writing it down is still the work.',
		done: 'Done',
		saveEdits: 'Save changes',
		expand: 'Expand into a full thought record',
		quickTitle: 'Quick thought record',
		quickIntro: 'For the moment itself: catch the thought, name the pattern, answer it.',
		quickThought: 'The thought',
		quickDistortions: 'Thinking patterns (optional)',
		quickChallenge: 'Challenge: what else is true?',
		quickAlternative: 'Alternative thought',
		whatTheyMean: 'What these mean, with examples',
		saving: 'Saving…',
		saved: 'Saved',
		saveFailed: 'Not saved yet: see the message below.',
		notFound: 'This worksheet can’t be found. It may have been deleted.',
		backHome: 'Back to Homework'
	},
	problem: {
		steps: {
			problem: {
				title: 'The problem',
				explain:
					'Describe one problem, as specifically as you can: what happens, when, and who is involved. Then say what would be different if it were solved.',
				example:
					'“I keep putting off calling the landlord about the leak, and the ceiling is getting worse.” Solved: the leak is reported and a repair date is set.',
				label: 'The problem',
				goal: 'If it were solved, what would be different?'
			},
			options: {
				title: 'Options',
				explain:
					'List every way you could tackle it, without judging any of them yet. More ideas make a good one likelier; silly ones are welcome.',
				example:
					'Call tomorrow at 9. Email instead of calling. Ask my sister to sit with me while I call. Write down what to say first.',
				label: 'An option',
				add: 'Add option',
				none: 'No options yet. Write one above and add it.'
			},
			weigh: {
				title: 'Pros and cons',
				explain: 'For each option, note what speaks for it and what against. A few words each is enough.',
				example:
					'Email: pros, I can write it calmly and keep a record. Cons, it may take longer to get a reply.',
				pros: 'For it',
				cons: 'Against it'
			},
			choose: {
				title: 'Choose',
				explain:
					'Choose the option you will try first: not a perfect one, one that seems workable now. You can combine ideas.',
				example:
					'I will write down what to say, then email tonight, and call on Thursday if there is no reply.',
				legend: 'The option you will try'
			},
			plan: {
				title: 'Plan the steps',
				explain:
					'Break the option into small steps you can take, and choose a day to look back on how it went.',
				example:
					'1. Find the landlord’s email. 2. Write three sentences about the leak. 3. Send it before 8 pm.',
				label: 'A step',
				add: 'Add step',
				none: 'No steps yet. Write one above and add it.',
				reviewOn: 'When will you look back on it? (optional)'
			},
			review: {
				title: 'Look back',
				explain:
					'Once you have tried your plan, note what happened. Whatever the result, you learn what helps next time.',
				example:
					'I sent the email on Tuesday. No reply yet, so I will call on Thursday as planned. Writing it first made it easier.',
				stepsDone: 'The steps you took',
				outcome: 'How did it go?',
				label: 'What happened, and what did you learn?'
			}
		},
		outcomes: {
			solved: 'Solved',
			better: 'Better than before',
			'not-yet': 'Not solved yet'
		},
		chosen: 'Chosen',
		remove: (what: string) => `Remove “${what}”`,
		removeShort: 'Remove',
		optionLabel: (n: number) => `Option ${n}`,
		stepLabel: (n: number) => `Step ${n}`,
		savePlan: 'Save the plan',
		planProgress: (done: number, total: number) => `${done} of ${total} steps done`,
		reviewOn: (date: string) => `Look back on ${date}`,
		noReview: 'Not looked back on yet.'
	},
	own: {
		title: 'Add your own pattern',
		name: 'Name',
		description: 'What it means to you (optional)',
		add: 'Add pattern',
		added: (name: string) => `Added “${name}”.`,
		manageTitle: 'Thinking patterns',
		manage: 'Show or hide patterns, or add your own',
		hideShort: 'Hide',
		showShort: 'Show',
		manageIntro:
			'Hidden patterns are not offered when you tag a thought. The ten standard ones can be hidden, not deleted.',
		hide: (name: string) => `Hide ${name}`,
		show: (name: string) => `Show ${name}`,
		hidden: 'Hidden',
		yours: 'Yours'
	}
};

export type WorksheetsWords = typeof worksheetsEn;
