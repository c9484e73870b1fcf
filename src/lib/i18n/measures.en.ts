import type { Instrument, Severity } from '$lib/domain/measures';

// The PHQ-9 and GAD-7 wording exactly as published (shared/CLINICAL.md). Do not edit it, even to "improve" it.
// PHQ-9: Kroenke, Spitzer & Williams, J Gen Intern Med 2001; reproduction, translation and display need no
// permission (Pfizer). GAD-7: Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006.
// A translation must use the instrument's published translation for that language, not a new one.

/** PHQ-9, GAD-7, their results, and the safety panel shown when PHQ-9 item 9 is above 0. */
export const measuresEn = {
	instruments: {
		phq9: {
			name: 'PHQ-9',
			about: 'Mood',
			stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
			items: [
				'Little interest or pleasure in doing things',
				'Feeling down, depressed, or hopeless',
				'Trouble falling or staying asleep, or sleeping too much',
				'Feeling tired or having little energy',
				'Poor appetite or overeating',
				'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
				'Trouble concentrating on things, such as reading the newspaper or watching television',
				'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
				'Thoughts that you would be better off dead or of hurting yourself in some way'
			],
			/** The functional question as the PHQ-9 form words it (CLINICAL.md). */
			difficulty:
				'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
			symptomsOf: 'depression',
			whatItIs:
				'The PHQ-9 asks how often nine common symptoms of depression have bothered you over the last two weeks. Many therapists use it to see how things change over time.'
		},
		gad7: {
			name: 'GAD-7',
			about: 'Anxiety',
			stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
			items: [
				'Feeling nervous, anxious or on edge',
				'Not being able to stop or control worrying',
				'Worrying too much about different things',
				'Trouble relaxing',
				'Being so restless that it is hard to sit still',
				'Becoming easily annoyed or irritable',
				'Feeling afraid as if something awful might happen'
			],
			/** The same question as the GAD-7 form words it (Spitzer et al. 2006; Pfizer's form): "these", not "these problems". */
			difficulty:
				'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
			symptomsOf: 'anxiety',
			whatItIs:
				'The GAD-7 asks how often seven common symptoms of anxiety have bothered you over the last two weeks. Many therapists use it to see how things change over time.'
		}
	} satisfies Record<Instrument, object>,
	/** The licence line the PHQ and GAD-7 forms carry, as Pfizer distributes them, under every questionnaire. */
	licence:
		'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
	/** The four answers, scored 0 to 3. */
	answers: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
	/** The functional question (LOINC 69722-7), asked last and never scored. */
	difficulty: {
		answers: ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'],
		optional: 'This question is optional and is not part of the score.'
	},
	severity: {
		minimal: 'Minimal',
		mild: 'Mild',
		moderate: 'Moderate',
		'moderately-severe': 'Moderately severe',
		severe: 'Severe'
	} satisfies Record<Severity, string>,
	home: {
		title: 'Questionnaires',
		intro:
			'Two short questionnaires that many therapists use: about mood (PHQ-9) and anxiety (GAD-7). Each takes a couple of minutes and looks back over the last two weeks.',
		start: 'Start',
		continue: (answered: number, total: number) => `Continue (${answered} of ${total} answered)`,
		startLabel: (name: string) => `Start the ${name}`,
		continueLabel: (name: string) => `Continue the ${name}`,
		never: 'Not taken yet.',
		last: (day: string, total: number, max: number, band: string) =>
			`Last: ${day}, ${total} of ${max} (${band})`,
		due: 'Ready when you are.',
		next: (day: string) => `Next suggested ${day}.`,
		scheduleOff: 'No schedule: take one whenever you like.',
		changeSchedule: 'Change how often in More',
		past: 'Past results',
		noPast: 'Your results will be listed here.',
		older: 'Show older results',
		deleted: (name: string, day: string) => `${name} result from ${day} deleted.`,
		undo: 'Undo',
		restored: 'Result restored.',
		dismiss: 'Dismiss'
	},
	form: {
		step: (n: number, total: number) => `Question ${n} of ${total}`,
		lastStep: 'Last question',
		back: 'Back',
		next: 'Next',
		finish: 'Finish',
		saving: 'Saving…',
		leave: 'Later',
		kept: 'Your answers are kept as you go. You can leave and come back.',
		restored: 'Welcome back. We kept your answers.',
		answerFirst: 'Choose an answer to go on.'
	},
	result: {
		title: (name: string) => `Your ${name} result`,
		takenOn: (day: string) => `Taken ${day}`,
		score: (total: number, max: number) => `${total} out of ${max}`,
		range: (band: string, symptomsOf: string) =>
			`Your answers are in the ${band.toLowerCase()} range for symptoms of ${symptomsOf} over the last two weeks.`,
		bandsCaption: 'Score ranges',
		bandRange: (min: number, max: number) => `${min}–${max}`,
		yourScore: 'your score',
		whatItMeans: 'What this means',
		notDiagnosis:
			'This is a questionnaire, not a diagnosis. A score cannot say what is going on for you; your therapist can help you make sense of it.',
		lowerIsFewer: 'Lower scores mean fewer symptoms.',
		change: 'Since last time',
		first: 'This is your first one here, so there is nothing to compare yet.',
		lower: (points: number, day: string, was: number) =>
			`${points} ${points === 1 ? 'point' : 'points'} lower than on ${day} (${was}).`,
		higher: (points: number, day: string, was: number) =>
			`${points} ${points === 1 ? 'point' : 'points'} higher than on ${day} (${was}).`,
		same: (day: string, was: number) => `The same as on ${day} (${was}).`,
		difficulty: 'How difficult these problems made things',
		done: 'Done',
		notFound: 'This result is not here.',
		delete: 'Delete this result',
		deleteHint: 'You can undo this on the next screen.',
		couldNotDelete: 'Could not delete it. Please try again.'
	},
	safety: {
		title: 'You don’t have to carry this alone',
		// Both halves of item 9 (CLINICAL.md, expert review): a person who answered about either knows this is for them.
		body: 'Thank you for answering honestly. If you have had thoughts that you would be better off dead, or thoughts of hurting yourself in some way, please reach out now, to a crisis line or to someone you trust.',
		notMonitored:
			'Nobody watches these answers in real time, and Between cannot call anyone for you. If you might act on these thoughts, call a crisis line or emergency services now.',
		tellTherapist: 'Please tell your therapist about these thoughts, at your next session or sooner.',
		helpNowIntro: 'Help now has all of this, your safety plan, and more, one tap from every screen.',
		helpNow: 'Open Help now',
		planIntro: 'Your safety plan is on Help now, one tap from every screen.',
		openPlan: 'Open my safety plan',
		yourPeople: 'Your people',
		continue: 'You can carry on with the questions whenever you are ready.',
		announce: 'Crisis lines and your people are now shown at the top of this page.'
	}
};

export type MeasuresWords = typeof measuresEn;
