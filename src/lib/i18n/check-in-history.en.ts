/** Check-in history and the lists of symptoms and tags. */
export const checkInHistoryEn = {
	history: {
		title: 'Check-in history',
		intro: 'Every check-in by month, newest first. Tap one to change it.',
		empty: 'No check-ins yet. When you check in, they will be listed here by day.',
		checkIn: 'Check in',
		mood: (value: number) => `Mood ${value}/10`,
		moodLabel: (value: number) => `Mood ${value} out of 10`,
		edit: (time: string) => `Edit the check-in at ${time}`,
		delete: (time: string) => `Delete the check-in at ${time}`,
		deleted: 'Check-in deleted.',
		undo: 'Undo',
		restored: 'Check-in restored.',
		saved: 'Changes saved.',
		earlier: (month: string) => `Earlier: ${month}`,
		months: 'Months',
		olderLabel: (month: string) => `Earlier month: ${month}`,
		newerLabel: (month: string) => `Later month: ${month}`,
		emptyMonth: 'No check-ins in this month.',
		count: (n: number) => (n === 1 ? '1 check-in' : `${n} check-ins`),
		notFound: 'This check-in is not here any more. It may have been deleted.',
		back: 'Back to history',
		dismiss: 'Dismiss'
	},
	manage: {
		title: 'Symptoms and tags',
		intro:
			'Choose what you rate and tag when you check in. Archiving hides an item from the form and keeps its history.',
		symptoms: 'Symptoms you track',
		tags: 'Tags',
		archivedHeading: 'Archived',
		rename: 'Name',
		renameLabel: (name: string) => `Rename ${name}`,
		save: 'Save',
		cancel: 'Cancel',
		up: (name: string) => `Move ${name} up`,
		down: (name: string) => `Move ${name} down`,
		archive: 'Archive',
		archiveLabel: (name: string) => `Archive ${name}`,
		unarchive: 'Bring back',
		unarchiveLabel: (name: string) => `Bring back ${name}`,
		archived: (name: string) => `${name} archived. Its history is kept.`,
		unarchived: (name: string) => `${name} is back on the check-in form.`,
		addSymptom: 'Add a symptom',
		addTag: 'Add a tag',
		newName: 'Name',
		kind: 'Kind',
		add: 'Add',
		added: (name: string) => `${name} added.`,
		renamed: (name: string) => `Renamed to ${name}.`,
		noArchived: 'Nothing archived.',
		dismiss: 'Dismiss'
	}
};

export type CheckInHistoryWords = typeof checkInHistoryEn;
