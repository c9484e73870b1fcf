import type { StandardDistortion } from '$lib/domain/worksheets/distortions';
import type { ThoughtRecordStep } from '$lib/domain/worksheets/thought-record';
import { formatNumber } from './format';

/** Burns's ten (Feeling Good, 1980), each in one plain sentence with an everyday example. */
const distortions: Record<StandardDistortion, { name: string; means: string; example: string }> = {
	'all-or-nothing': {
		name: 'All-or-nothing thinking',
		means: 'Seeing things in black and white: if it is not perfect, it is a total failure.',
		example: '“I ate one biscuit, so the whole day is ruined.”'
	},
	overgeneralisation: {
		name: 'Overgeneralisation',
		means: 'Taking one bad event as a pattern that will never end, with words like always and never.',
		example: '“She said no. Nobody ever wants to spend time with me.”'
	},
	'mental-filter': {
		name: 'Mental filter',
		means: 'Picking out one negative detail and dwelling on it, so that everything looks dark.',
		example: '“The review was good, but one comment said I was late, so it went badly.”'
	},
	'disqualifying-positive': {
		name: 'Disqualifying the positive',
		means: 'Saying good things do not count, so a negative belief stays intact.',
		example: '“They only thanked me because they had to.”'
	},
	'jumping-to-conclusions': {
		name: 'Jumping to conclusions',
		means:
			'Deciding things are bad without the facts: reading minds (“they think I’m stupid”) or telling the future (“it will go wrong”).',
		example: '“He hasn’t replied, so he must be annoyed with me.”'
	},
	magnification: {
		name: 'Magnification or minimisation',
		means: 'Blowing up the importance of mistakes and fears, or shrinking your own strengths.',
		example: '“I stumbled over one word, everyone will remember it, and my good points don’t matter.”'
	},
	'emotional-reasoning': {
		name: 'Emotional reasoning',
		means: 'Taking a feeling as proof of a fact: I feel it, so it must be true.',
		example: '“I feel like a burden, so I must be one.”'
	},
	'should-statements': {
		name: 'Should statements',
		means: 'Driving yourself or others with shoulds, musts and oughts, then feeling guilty or angry.',
		example: '“I should be over this by now.”'
	},
	labelling: {
		name: 'Labelling',
		means: 'Instead of describing a mistake, attaching a harsh label to yourself or someone else.',
		example: '“I forgot her birthday. I’m a terrible person.”'
	},
	personalisation: {
		name: 'Personalisation and blame',
		means:
			'Holding yourself responsible for something not entirely in your control, or blaming others and overlooking your part.',
		example: '“My son failed his test because I’m a bad parent.”'
	}
};

/** What each step of the full record asks, why, and a short worked example shown on request. */
const steps: Record<ThoughtRecordStep, { title: string; explain: string; example: string }> = {
	situation: {
		title: 'Situation',
		explain: 'Describe what was happening when the feeling came: who, what, when and where. Just the facts.',
		example: 'Sunday, 9 pm, at home alone. My friend had not answered my message all day.'
	},
	moods: {
		title: 'Moods',
		explain: 'Name each mood you felt, in one word if you can, and rate how strong it was, from 0 to 100.',
		example: 'Anxious 80, Sad 60.'
	},
	thoughts: {
		title: 'Automatic thoughts',
		explain:
			'Write what went through your mind, words or images. Then mark the one that carries the strongest feeling: the hot thought.',
		example: '“She’s angry with me.” “Nobody wants to be my friend.” (hot thought)'
	},
	evidenceFor: {
		title: 'Evidence that supports the hot thought',
		explain: 'Write the facts that support it: things that happened, not interpretations.',
		example: 'She did not reply all day. She usually replies within an hour.'
	},
	evidenceAgainst: {
		title: 'Evidence that does not support it',
		explain: 'Write the facts that do not fit the hot thought. It is all right if this takes a while.',
		example: 'She invited me to the cinema last week. She works on Sundays.'
	},
	balanced: {
		title: 'Balanced thought',
		explain:
			'Weigh both columns and write a thought that fits all the evidence. Then rate how much you believe it, from 0 to 100.',
		example: '“She’s probably busy at work. People who dislike me don’t invite me out.” Belief 70.'
	},
	rerate: {
		title: 'Rate your moods again',
		explain: 'Rate each mood from step 2 again, as you feel it now.',
		example: 'Anxious 45, Sad 60.'
	}
};

export const worksheetsEn = {
	distortions,
	steps,
	homework: {
		title: 'Homework',
		intro: 'Worksheets to work through between sessions. Everything saves as you type.',
		startHeading: 'Start a worksheet',
		fullRecord: 'Thought record',
		fullRecordBody: 'Seven short steps, from what happened to a more balanced thought.',
		quickRecord: 'Quick thought record',
		quickRecordBody: 'For the moment itself: the thought, a challenge, another way to see it.',
		unfinishedHeading: 'Carry on',
		doneHeading: 'Your worksheets',
		empty: 'Worksheets you finish are kept here, newest first.',
		search: 'Search your worksheets',
		noMatches: (query: string) => `No worksheet mentions “${query}”.`,
		kinds: { 'thought-record': 'Thought record', 'quick-thought-record': 'Quick thought record' },
		stepOf: (step: number, total: number) => `Step ${formatNumber(step)} of ${formatNumber(total)}`,
		started: (date: string) => `Started ${date}`,
		finished: (date: string) => `Finished ${date}`,
		edited: (date: string) => `edited ${date}`,
		untitled: 'No situation written yet',
		open: 'Open',
		delete: 'Delete',
		deleted: 'Worksheet deleted.',
		undo: 'Undo',
		skipped: (n: number) =>
			n === 1
				? 'One worksheet could not be read and is not shown.'
				: `${n} worksheets could not be read and are not shown.`
	},
	record: {
		title: 'Thought record',
		progress: (step: number, total: number) => `Step ${formatNumber(step)} of ${formatNumber(total)}`,
		back: 'Back',
		next: 'Next',
		toSummary: 'See the summary',
		showExample: 'Show an example',
		hideExample: 'Hide the example',
		situationLabel: 'What was happening?',
		moodName: 'Mood',
		moodRating: (name: string) => `How strong was ${name}? (0-100)`,
		moodRerating: (name: string) => `${name} now (0-100)`,
		addMood: 'Add this mood',
		removeMood: (name: string) => `Remove ${name}`,
		commonMoods: 'Common moods',
		moodSuggestions: [
			'Anxious',
			'Sad',
			'Angry',
			'Ashamed',
			'Guilty',
			'Frustrated',
			'Hurt',
			'Lonely',
			'Scared'
		],
		thoughtLabel: (n: number) => `Thought ${formatNumber(n)}`,
		addThought: 'Add another thought',
		removeThought: (n: number) => `Remove thought ${formatNumber(n)}`,
		hotThought: 'This is the hot thought',
		hotThoughtIs: 'The hot thought',
		distortionsFor: (n: number) => `Thinking traps in thought ${formatNumber(n)}`,
		distortionsHint: 'Optional: tick any that fit. Tap a name to read what it means.',
		evidenceForLabel: 'Facts that support the hot thought',
		evidenceAgainstLabel: 'Facts that do not support it',
		questionsShow: 'Questions that can help',
		questions: [
			'Have I had experiences that show this thought is not completely true all the time?',
			'If my best friend had this thought, what would I tell them?',
			'If someone who cares about me knew I was thinking this, what would they say?',
			'When I have felt this way before, what did I think about that helped me feel better?',
			'Five years from now, will I look at this differently?',
			'Am I blaming myself for something I do not fully control?'
		],
		balancedLabel: 'A balanced or alternative thought',
		beliefLabel: 'How much do you believe it? (0-100)',
		summaryTitle: 'Summary',
		summaryIntro: 'Here is what you worked through.',
		moodChange: (name: string, before: number, after: number) =>
			`${name}: ${formatNumber(before)} before, ${formatNumber(after)} now`,
		noChange:
			'Your moods are where they were. That happens, and the record still helps: you can come back to it, or take it to your next session.',
		someChange: 'Your moods changed as you worked through it.',
		stillNeeded: 'Still to do before you finish',
		goToStep: (title: string) => `Go to ${title}`,
		finish: 'Finish',
		saveChanges: 'Save changes',
		finishedNote: 'Finished. It is kept in your homework.',
		notFound: 'This worksheet is not on this device. It may have been deleted.',
		backToHomework: 'Back to homework'
	},
	quick: {
		title: 'Quick thought record',
		intro: 'For right now. You can grow it into a full thought record later.',
		thought: 'The thought',
		distortions: 'Thinking traps (optional)',
		challenge: 'A challenge: what else is true?',
		alternative: 'Another way to see it',
		save: 'Save',
		saved: 'Saved. It is kept in your homework.',
		expand: 'Grow it into a full thought record'
	},
	own: {
		addHeading: 'Add your own thinking trap',
		name: 'Name',
		description: 'What it means to you (optional)',
		add: 'Add',
		hide: 'Hide',
		show: 'Show',
		hiddenHeading: 'Hidden thinking traps'
	}
};

export type WorksheetsWords = typeof worksheetsEn;
