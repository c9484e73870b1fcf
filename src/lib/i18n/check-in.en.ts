import type { SymptomPreset, TagKind, TagPreset } from '$lib/domain/check-in-presets';

/** Check-in: the quick form, its symptoms and tags, and the words its history shares. */
export const checkInEn = {
	form: {
		title: 'Check in',
		editTitle: 'Edit check-in',
		intro: 'How are you right now? Only the mood is needed.',
		mood: 'Mood',
		moodLabel: 'How is your mood right now?',
		/** On an edit: the entry is about then, not now. `when` is its day, and its time unless filled in later. */
		moodThen: (when: string) => `How was your mood on ${when}?`,
		moodWords: { low: 'Very low', mid: 'Okay', high: 'Very good' },
		notChosen: 'Not chosen yet',
		outOf: (value: number) => `${value} out of 10`,
		scaleHint: 'Tap or slide along the line.',
		symptoms: 'Symptoms',
		symptomsHint: 'Optional. Rate any you like; the others stay “not rated”.',
		notRated: 'Not rated',
		clear: 'Clear',
		clearLabel: (name: string) => `Clear the rating for ${name}`,
		tags: 'Tags',
		tagsHint: 'Optional. What you did, who you were with, where.',
		note: 'Note',
		noteHint: 'Optional. Private: it stays on this device.',
		day: 'Day',
		dayHint: 'For a day you missed, choose it here. It will be marked as filled in later.',
		save: 'Save check-in',
		saveChanges: 'Save changes',
		saving: 'Saving…',
		cancel: 'Cancel',
		draftRestored: 'We kept what you had started.',
		savedTitle: 'Check-in saved',
		savedBody: 'Thank you for taking a moment for yourself.',
		again: 'Check in again',
		today: 'Back to Today',
		history: 'History',
		manage: 'Symptoms & tags',
		measures: 'Questionnaires',
		moreLinks: 'More about check-ins'
	},
	symptomNames: {
		anxiety: 'Anxiety',
		'low-mood': 'Low mood',
		'sleep-quality': 'Sleep quality',
		energy: 'Energy',
		irritability: 'Irritability'
	} satisfies Record<SymptomPreset, string>,
	/** The words under each end of a symptom's scale; a symptom without its own uses `other`. */
	symptomWords: {
		anxiety: { low: 'None', high: 'Very strong' },
		'low-mood': { low: 'None', high: 'Very strong' },
		'sleep-quality': { low: 'Very poor', high: 'Very good' },
		energy: { low: 'None', high: 'Plenty' },
		irritability: { low: 'None', high: 'Very strong' },
		other: { low: 'None', high: 'Very strong' }
	} satisfies Record<SymptomPreset | 'other', { low: string; high: string }>,
	tagNames: {
		exercise: 'Exercise',
		work: 'Work or study',
		friends: 'Friends',
		family: 'Family',
		home: 'At home',
		outside: 'Time outside',
		therapy: 'Therapy session'
	} satisfies Record<TagPreset, string>,
	tagKinds: {
		activity: 'Activities',
		people: 'People',
		place: 'Places',
		context: 'Context'
	} satisfies Record<TagKind, string>,
	filledInLater: 'Filled in later'
};

export type CheckInWords = typeof checkInEn;
