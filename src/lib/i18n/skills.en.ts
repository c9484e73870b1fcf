import type { SkillGroupId, SkillId } from '$lib/domain/skills';
import type {
	BodyRegion,
	BreathingPattern,
	BreathPhase,
	PushButtonStep,
	Sense,
	ThoughtStoppingStep
} from '$lib/domain/practice-steps';
import type { SleepQuality } from '$lib/domain/sleep-diary';
import type { StandardHabit } from '$lib/domain/sleep-hygiene';
import { hoursMinutes, practiceLength } from './durations';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/**
 * The coping-skills screens: lessons, guided practices, the practice log and the sleep diary. Loaded only
 * with those screens. Lessons follow shared/CLINICAL.md; they say what the evidence does and does not show.
 */
export const skillsEn = {
	skills: {
		title: 'Skills',
		intro: 'Skills from your sessions, to learn and practise here. Take what helps and leave the rest.',
		favouritesTitle: 'Your favourites',
		favouritesEmpty: 'Mark a skill with the star to keep it here, one tap away.',
		groups: {
			thoughts: 'Working with thoughts',
			mindfulness: 'Mindfulness',
			sleep: 'Sleep'
		} satisfies Record<SkillGroupId, string>,
		favourite: (name: string) => `Favourite: ${name}`,
		practised: (n: number) =>
			n === 0 ? 'Not practised yet' : n === 1 ? 'Practised once' : `Practised ${n} times`,
		helpedTitle: 'What has helped you',
		helpedIntro: 'From your own ratings: how much your distress changed, on average, after each skill.',
		helpedFell: (drop: number) => `Distress fell by ${oneDecimal(drop)} on average`,
		helpedRose: (rise: number) => `Distress rose by ${oneDecimal(rise)} on average`,
		helpedSame: 'Distress stayed about the same on average',
		helpedDetail: (before: number, after: number, n: number) =>
			`From ${oneDecimal(before)} to ${oneDecimal(after)}, over ${plural(n, 'rated practice', 'rated practices')}`,
		notYet: (name: string, more: number) =>
			`${name}: ${plural(more, 'more rated practice', 'more rated practices')} before we can say.`,
		helpedEmpty: (enough: number) =>
			`Rate your distress before and after a practice. Once a skill has ${enough} rated practices, you will see here how it tends to go for you.`,
		helpedCaution: 'This is your own record, not a test. Bring it to your next session if it helps.'
	},
	names: {
		'thought-stopping': 'Thought stopping',
		'push-button': 'Push-button technique',
		breathing: 'Breathing pacer',
		grounding: '5-4-3-2-1 grounding',
		'body-scan': 'Body scan',
		'sleep-hygiene': 'Sleep habits and diary'
	} satisfies Record<SkillId, string>,
	blurbs: {
		'thought-stopping': 'Step out of a thought that keeps coming back, and switch to something you chose.',
		'push-button': 'Notice how your feelings follow what you bring to mind.',
		breathing: 'Slow, paced breathing: box breathing, 4-7-8, or in 4, out 6 with no holding.',
		grounding: 'Come back to the here and now through your senses.',
		'body-scan': 'Move your attention slowly through your body.',
		'sleep-hygiene': 'Habits that help sleep, a checklist, and a sleep diary.'
	} satisfies Record<SkillId, string>,
	lesson: {
		title: 'About this skill',
		what: 'What it is',
		when: 'When to use it',
		evidence: 'What the evidence says'
	},
	lessons: {
		'thought-stopping': {
			what: [
				'When an unwanted thought keeps coming back, you notice it, say “Stop” (out loud or in your head), and switch straight to something you prepared: a different thought, or something to do.',
				'Some people add a cue to the “Stop”: picturing a stop sign, pressing thumb and finger together, or a small movement.'
			],
			when: [
				'For a repetitive thought you have already talked through with your therapist, when it pulls you in at a time you cannot deal with it.'
			],
			evidence: [
				'The evidence is mixed. Trying hard to push a thought away can make it come back more often: in a well-known study, people told not to think of a white bear thought of it more afterwards (Wegner and colleagues, 1987).',
				'That is why the switch matters most. The aim is not to force the thought out, but to move your attention to something you chose. Use this skill the way your therapist suggested. If the thought comes back stronger, tell them: other approaches may suit you better.',
				'If your thoughts are part of OCD or come from a frightening experience, talk with your therapist before using this skill.'
			]
		},
		'push-button': {
			what: [
				'A short exercise from Adlerian therapy (Harold Mosak). You bring a pleasant memory to mind and notice how you feel. Then an unpleasant one, and notice how your feelings change. Then the pleasant one again.',
				'The lesson: where your attention goes, your feelings tend to follow. You have a “button” you can push.'
			],
			when: [
				'When you feel stuck in a mood and it seems nothing can shift it, or to practise choosing where your attention goes.'
			],
			evidence: [
				'It is a teaching exercise used by therapists; there is little research testing it on its own. It does not erase feelings, and it is not meant to.',
				'The unpleasant step is always optional. If you do it, choose something mildly unpleasant, never a painful or frightening memory. A bank of pleasant memories, written while you feel all right, makes the exercise easier on a hard day.'
			]
		},
		breathing: {
			what: [
				'Slow breathing at a steady pace. Box breathing: breathe in for 4, hold for 4, breathe out for 4, hold for 4. The 4-7-8 breath: in through the nose for 4, hold for 7, out through the mouth for 8. In 4, out 6: breathe in for 4 and out for 6, with no holding.',
				'The circle grows as you breathe in and shrinks as you breathe out. The words and counts say the same, so you can follow with or without the circle.'
			],
			when: [
				'When you feel tense, anxious or wound up, before something stressful, or to settle before sleep.'
			],
			evidence: [
				// Zaccaro et al., Front Hum Neurosci 2018;12:353: slow breathing below 10 a minute, small studies of healthy adults.
				'A review of small studies in healthy adults found that breathing slowly, below about ten breaths a minute, went with calmer body and mood measures (Zaccaro and colleagues, 2018). Research on each particular pattern is small.',
				'It calms the body for a while; it does not fix what caused the stress. If you feel dizzy or light-headed, stop and breathe normally. With 4-7-8, do four breaths at a time for the first month, and no more than eight after that (Weil). If holding your breath is uncomfortable or unwise, for example with a lung or heart condition or in pregnancy, choose In 4, out 6, which has no holding.'
			]
		},
		grounding: {
			what: [
				'Name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste. Writing them down is optional; noticing them is the point.'
			],
			when: [
				'When anxiety or panic rises, when you feel far away or unreal, or when a memory pulls you away from the present.'
			],
			evidence: [
				'Grounding is widely taught in anxiety and trauma care because it turns attention to the present through the senses. There is little research on this exact exercise.',
				'It steadies you for a while; it is not a cure. If smell or taste is hard to find, a smell you like or a sip of water counts. If it does not help, that is fine: try another skill or reach out to someone.'
			]
		},
		'body-scan': {
			what: [
				'You move your attention slowly through your body, from your feet to your head, noticing what is there: warmth, pressure, tension, or nothing much. You do not need to change anything.'
			],
			when: ['To settle, to notice where you hold tension, or as part of winding down before sleep.'],
			evidence: [
				'The body scan is part of mindfulness programmes such as Mindfulness-Based Stress Reduction (Kabat-Zinn, 1990). Programmes like these reduce stress, anxiety and low mood in many trials (for example Khoury and colleagues, 2015). A single short scan has a smaller, shorter effect.',
				'Some people, especially after trauma, find focusing on the body uncomfortable. You can keep your eyes open, move, skip a step or stop at any time.'
			]
		},
		'sleep-hygiene': {
			what: [
				'Habits that make good sleep more likely: getting up at the same time every day, using the bed only for sleep, timing caffeine and alcohol, putting screens away, winding down, and getting up if you have been awake for more than about 20 minutes.',
				'Pick the habits that fit your life into your own checklist, and tick them off each night. A sleep diary, filled in each morning, shows you and your therapist how your nights are going.'
			],
			when: [
				'Every day, and especially when sleep has been hard. Changes take a couple of weeks to show; one bad night does not undo them.'
			],
			evidence: [
				// Irish et al., Sleep Med Rev 2015;22:23; Edinger et al. (AASM), J Clin Sleep Med 2021;17:255.
				'Sleep hygiene on its own is not an effective treatment for insomnia (Irish and colleagues, 2015), and the American Academy of Sleep Medicine advises against using it alone (2021). It recommends cognitive behavioural therapy for insomnia (CBT-I), and stimulus control as part of it. Three habits in the checklist are stimulus control: getting up at the same time every day, using the bed only for sleep, and leaving the bed when you have been awake for about 20 minutes.',
				// Carney et al., SLEEP 2012;35(2):287: a consensus instrument, "a living document", not a validated standard.
				'The sleep diary here is the Consensus Sleep Diary (Carney and colleagues, 2012): a diary agreed by sleep researchers, which they keep as a living document.'
			]
		}
	} satisfies Record<SkillId, { what: string[]; when: string[]; evidence: string[] }>,
	practice: {
		title: 'Practice',
		begin: 'Begin',
		beforeLegend: 'How distressed do you feel right now?',
		afterLegend: 'And now, how distressed do you feel?',
		scaleLow: '0: calm',
		scaleHigh: '10: the worst it gets',
		ratingOptional: 'Rating is optional. It helps you see, later, what helps.',
		continue: 'Continue',
		continueWithout: 'Continue without rating',
		noteLabel: 'Note (optional)',
		notePlaceholder: 'Anything you want to remember about this time',
		save: 'Save to my log',
		saving: 'Saving…',
		saved: 'Saved to your log.',
		saveFailed: 'This could not be saved just now. Everything is kept here: try again in a moment.',
		change: (before: number | null, after: number | null) =>
			before === null || after === null
				? 'Saved without a full rating.'
				: `Distress ${before} before, ${after} after.`,
		again: 'Practise again',
		restored: 'We kept your practice where you left it.',
		startOver: 'Start over',
		finish: 'Finish',
		finishEarly: 'Finish now',
		pause: 'Pause',
		resume: 'Resume',
		next: 'Next',
		back: 'Back',
		stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
		tookTime: (seconds: number) => `Took ${practiceLength(seconds)}`,
		cuesLegend: 'Cues at each change (optional)',
		sound: 'Soft sound',
		vibrate: 'Vibrate',
		cuesHint: 'Both are off unless you turn them on, so nothing surprises you in a quiet place.'
	},
	log: {
		title: 'Your practice log',
		empty: 'Nothing logged yet. Each practice you save appears here.',
		length: practiceLength,
		distress: (before: number | null, after: number | null) =>
			before === null && after === null
				? 'Distress not rated'
				: `Distress ${before ?? '–'} → ${after ?? '–'}`,
		distressLabel: (before: number | null, after: number | null) =>
			before === null && after === null
				? 'Distress not rated'
				: `Distress before: ${before ?? 'not rated'}, after: ${after ?? 'not rated'}`,
		showMore: 'Show earlier practices',
		delete: (date: string) => `Delete the practice of ${date}`,
		deleted: 'Practice deleted.',
		undo: 'Undo',
		dismiss: 'Dismiss'
	},
	breathing: {
		pattern: 'Pattern',
		patterns: {
			box: 'Box 4-4-4-4',
			'4-7-8': '4-7-8',
			paced: 'In 4, out 6'
		} satisfies Record<BreathingPattern, string>,
		length: 'Length',
		count: 'How many breaths',
		countOption: (n: number) => plural(n, 'breath', 'breaths'),
		// Weil's counts for 4-7-8 (domain/practice-steps): four to begin with, eight at most once practised.
		countAdvice: 'Four breaths for the first month. Eight at most after that.',
		minutes: (n: number) => plural(n, 'minute', 'minutes'),
		minutesShort: (n: number) => `${n} min`,
		breaths: (n: number) => `About ${plural(n, 'breath', 'breaths')}.`,
		start: 'Start breathing',
		phases: {
			in: 'Breathe in',
			'hold-in': 'Hold',
			out: 'Breathe out',
			'hold-out': 'Hold'
		} satisfies Record<BreathPhase, string>,
		breathOf: (i: number, n: number) => `Breath ${i} of ${n}`,
		countOf: (count: number, of: number) => `${count} of ${of}`,
		done: 'That is the last breath. Take a moment before you carry on.',
		paused: 'Paused',
		pacer: 'Breathing pacer',
		logLine: (pattern: string, breaths: number) => `${pattern} · ${plural(breaths, 'breath', 'breaths')}`
	},
	grounding: {
		senses: {
			see: {
				title: '5 things you can see',
				label: 'What can you see?',
				prompt: 'Look around slowly. Name five things you can see: shapes, colours, small details.'
			},
			touch: {
				title: '4 things you can touch',
				label: 'What can you touch?',
				prompt:
					'Notice four things you can feel: your feet on the floor, your clothes, something in your hand.'
			},
			hear: {
				title: '3 things you can hear',
				label: 'What can you hear?',
				prompt: 'Listen for three sounds, near or far.'
			},
			smell: {
				title: '2 things you can smell',
				label: 'What can you smell?',
				prompt: 'Notice two smells. A smell you like, remembered, counts too.'
			},
			taste: {
				title: '1 thing you can taste',
				label: 'What can you taste?',
				prompt: 'Notice one taste. A sip of water counts.'
			}
		} satisfies Record<Sense, { title: string; label: string; prompt: string }>,
		optional: 'Writing is optional: noticing is what counts.'
	},
	bodyScan: {
		length: 'Length',
		minutes: (n: number) => plural(n, 'minute', 'minutes'),
		start: 'Start the body scan',
		next: 'Next part',
		regions: {
			settle: {
				title: 'Settle',
				text: 'Sit or lie comfortably. Let your eyes close or rest on one spot. Notice your breathing, without changing it.'
			},
			feet: {
				title: 'Feet',
				text: 'Bring your attention to your feet: toes, soles, heels. Notice warmth, coolness, pressure, or nothing at all.'
			},
			legs: {
				title: 'Legs',
				text: 'Move up through your ankles, calves and knees to your thighs. Notice any heaviness or tension, and let it be.'
			},
			hips: {
				title: 'Hips and lower back',
				text: 'Notice where your body meets the chair or bed. Feel its weight being held.'
			},
			belly: { title: 'Belly', text: 'Notice your belly rise and fall with each breath.' },
			chest: {
				title: 'Chest and upper back',
				text: 'Notice your chest moving as you breathe, and your heartbeat if you can feel it.'
			},
			hands: {
				title: 'Hands and arms',
				text: 'Notice your fingers, palms, wrists, and up your arms to your elbows and shoulders.'
			},
			shoulders: {
				title: 'Shoulders and neck',
				text: 'Many people hold tension here. Notice it; if your shoulders want to drop, let them.'
			},
			face: {
				title: 'Face and head',
				text: 'Notice your jaw, mouth, cheeks, eyes and forehead. Let your jaw soften if it wants to.'
			},
			whole: {
				title: 'Whole body',
				text: 'Now notice your whole body at once, breathing. When you are ready, open your eyes and move gently.'
			}
		} satisfies Record<BodyRegion, { title: string; text: string }>,
		stepOf: (i: number, n: number) => `Part ${i} of ${n}`,
		secondsLeft: (n: number) => `${n} s left`,
		done: 'The body scan is over. Take your time coming back.'
	},
	thoughtStopping: {
		plansTitle: 'Your plans',
		plansIntro:
			'Prepare these with your therapist or on a calm day: the thought (if you want to name it), your stop cue, and what you will switch to.',
		plansEmpty: 'No plan yet. Add one before you practise.',
		addPlan: 'Add a plan',
		editPlan: (n: number) => `Change plan ${n}`,
		deletePlan: (n: number) => `Delete plan ${n}`,
		planTitle: (n: number) => `Plan ${n}`,
		planFormTitle: 'Your plan',
		thought: 'The unwanted thought (optional)',
		thoughtHint: 'A few words are enough. You can leave it blank.',
		cue: 'Your stop cue',
		cueHint: 'For example: say “Stop” and picture a red sign.',
		replacement: 'What you will switch to',
		replacementHint: 'A thought or something to do, ready before you need it.',
		savePlan: 'Save plan',
		cancel: 'Cancel',
		planSaved: 'Plan saved.',
		planDeleted: 'Plan deleted.',
		undo: 'Undo',
		choosePlan: 'Which plan?',
		steps: {
			notice: {
				title: 'Notice',
				text: 'Notice the thought arriving. You do not need to argue with it. Just notice: “There it is again.”'
			},
			stop: { title: 'Stop', text: 'Now say “Stop”, out loud or in your head, and use your cue.' },
			switch: {
				title: 'Switch',
				text: 'Turn straight to what you prepared. Give it your full attention for a minute or two.'
			}
		} satisfies Record<ThoughtStoppingStep, { title: string; text: string }>,
		stopWord: 'Stop',
		yourThought: 'The thought',
		yourCue: 'Your cue',
		yourReplacement: 'Switch to',
		logReplacement: (text: string) => `Switched to: ${text}`
	},
	pushButton: {
		bankTitle: 'Your pleasant memories',
		bankIntro: 'Write a few on a calm day: a place, a moment, a person. They stay on this phone.',
		bankEmpty: 'No memories yet. Add one to begin.',
		addMemory: 'Add a memory',
		memoryTitle: 'A short name',
		memoryTitleHint: 'For example: the beach at Tenby, Gran’s kitchen',
		memoryDetails: 'Details that help you picture it (optional)',
		saveMemory: 'Save memory',
		cancel: 'Cancel',
		memorySaved: 'Memory saved.',
		deleteMemory: (title: string) => `Delete the memory ${title}`,
		memoryDeleted: 'Memory deleted.',
		undo: 'Undo',
		chooseMemory: 'Which pleasant memory?',
		steps: {
			pleasant: {
				title: 'A pleasant memory',
				text: 'Close your eyes if you like. Bring the memory back in detail: where you were, what you saw and heard. Stay with it for about a minute, and notice how you feel.'
			},
			unpleasant: {
				title: 'An unpleasant memory (optional)',
				text: 'Now bring to mind something mildly unpleasant, nothing painful or frightening. Notice how your feelings change. You can skip this step.'
			},
			'pleasant-again': {
				title: 'The pleasant memory again',
				text: 'Go back to your pleasant memory. Picture it in detail again, and notice how your feelings change this time.'
			},
			reflect: {
				title: 'What changed?',
				text: 'Your feelings followed what you brought to mind. Looking back, what did you notice?'
			}
		} satisfies Record<PushButtonStep, { title: string; text: string }>,
		feeling: 'How do you feel now? (optional)',
		reflection: 'What did you notice? (optional)',
		skip: 'Skip this step',
		skipped: 'Unpleasant step skipped',
		logMemory: (title: string) => `Memory: ${title}`
	},
	sleep: {
		checklistTitle: 'Your sleep checklist',
		checklistIntro: 'Choose the habits that fit your life. Then tick them off each night.',
		chooseHabits: 'Choose habits',
		doneChoosing: 'Done',
		habits: {
			'regular-wake': 'Get up at the same time every day, weekends too',
			'bed-for-sleep': 'Use the bed only for sleep and sex, not for screens or work',
			caffeine: 'No caffeine after early afternoon',
			alcohol: 'No alcohol in the last few hours before bed',
			screens: 'Put screens away an hour before bed',
			'wind-down': 'Wind down for the last hour: something calm, lights low',
			'leave-bed': 'If awake for more than about 20 minutes, get up and do something calm until sleepy'
		} satisfies Record<StandardHabit, string>,
		ownHabit: 'Add your own habit',
		addOwn: 'Add',
		removeHabit: (label: string) => `Remove ${label} from your checklist`,
		tonight: (night: string) => `The night of ${night}`,
		tonightEmpty: 'Choose a few habits to make your checklist.',
		ticked: (n: number, of: number) => `${n} of ${of} done`,
		windDownTitle: 'Tonight’s wind-down',
		windDownIntro: 'Go through your checklist one habit at a time, at your own pace.',
		windDownDone: 'Done tonight',
		windDownNotTonight: 'Not tonight',
		windDownStep: (i: number, n: number) => `Habit ${i} of ${n}`,
		logDone: (n: number) => plural(n, 'habit done', 'habits done'),
		diaryLink: 'Sleep diary',
		diaryLinkBody: 'Fill it in each morning: time in bed, sleep, and sleep efficiency.'
	},
	diary: {
		title: 'Sleep diary',
		intro: 'Fill this in within an hour of getting up. Nights you miss stay blank, and that is fine.',
		back: 'Sleep habits',
		newTitle: 'Last night',
		addMissed: 'Add a night you missed',
		// The check-ins' words for an entry saved on a later day than the one it is about.
		filledInLater: 'Filled in later',
		editTitle: (day: string) => `The night before ${day}`,
		day: 'The morning you got up',
		inBed: 'What time did you get into bed?',
		triedToSleep: 'What time did you try to go to sleep?',
		solMinutes: 'How long did it take you to fall asleep? (minutes)',
		// Items 4 and 5 verbatim (Carney et al. 2012), with the unit added.
		awakenings: 'How many times did you wake up, not counting your final awakening?',
		wasoMinutes: 'In total, how long did these awakenings last? (minutes)',
		finalAwakening: 'What time was your final awakening?',
		outOfBed: 'What time did you get out of bed for the day?',
		quality: 'How would you rate the quality of your sleep?',
		qualities: {
			'very-poor': 'Very poor',
			poor: 'Poor',
			fair: 'Fair',
			good: 'Good',
			'very-good': 'Very good'
		} satisfies Record<SleepQuality, string>,
		comments: 'Comments (optional)',
		save: 'Save diary',
		saveChanges: 'Save changes',
		cancel: 'Cancel',
		saved: 'Diary saved.',
		deleted: 'Diary deleted.',
		undo: 'Undo',
		restored: 'We kept what you were typing.',
		edit: (day: string) => `Change the diary for ${day}`,
		delete: (day: string) => `Delete the diary for ${day}`,
		listTitle: 'Your nights',
		empty: 'No nights yet. Your first diary will appear here.',
		showMore: 'Show earlier nights',
		preview: 'Last night in numbers',
		previewWaiting: 'Fill in the times to see your numbers.',
		span: (from: string, to: string) => `In bed from ${from} to ${to}`,
		averagesTitle: 'The last 7 days',
		averagesNights: (n: number) => `Average of ${plural(n, 'night', 'nights')} with a diary`,
		averagesEmpty: 'No diary in the last 7 days.',
		metrics: {
			tib: 'Time in bed',
			tst: 'Total sleep time',
			sol: 'Time to fall asleep',
			waso: 'Awake in the night',
			se: 'Sleep efficiency'
		},
		duration: hoursMinutes,
		percent: (n: number) => `${Math.round(n)} %`,
		target: 'A common aim is 85 % or more.',
		howTitle: 'How these are worked out',
		how: [
			'Time in bed = time out of bed − time into bed (across midnight, and counting real time when the clocks change).',
			'Total sleep time = time in bed − time before trying to sleep − time to fall asleep − time awake in the night − time in bed after your final waking.',
			'Sleep efficiency = total sleep time ÷ time in bed × 100.',
			'These follow the Consensus Sleep Diary (Carney and colleagues, 2012).'
		],
		night: (day: string) => `Night before ${day}`
	}
};

export type SkillsMessages = typeof skillsEn;

export type SkillsWords = typeof skillsEn;
