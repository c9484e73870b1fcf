/** Where a half-done PHQ-9 or GAD-7 waits: one draft per instrument, read by the list to offer "Continue". */
export const measureDraftKey = (instrument: string) => `measure:${instrument}`;

export interface MeasureDraft {
	answers: (number | null)[];
	difficulty: number | null;
	step: number;
	/** Set once item 9 was above 0: help stays on screen for the rest of this form. */
	safetyShown: boolean;
}
