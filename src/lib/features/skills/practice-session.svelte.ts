import type { SkillId } from '$lib/domain/skills';
import type { DetailsOf, Practice } from '$lib/domain/skills.schema';
import { dayOfInstant } from '$lib/domain/time';
import {
	nextStep,
	pacedDone,
	pacedSeconds,
	previousStep,
	skipStep,
	startPaced,
	type PacedRun
} from '$lib/domain/timeline';
import { mSkills } from '$lib/i18n/skills';
import { messageText } from '$lib/i18n/messages';
import type { App } from '$lib/state/app.svelte';
import { Draft } from '$lib/state/draft.svelte';

export type Stage = 'before' | 'practice' | 'after';

export interface SessionValue<S extends SkillId> {
	stage: Stage;
	before: number | null;
	after: number | null;
	note: string;
	/** When the practice itself began (after the first rating), as stored. */
	startedAt: string | null;
	durationSeconds: number;
	/** The practice's own answers and choices, kept as they are typed so a reload loses nothing. */
	details: DetailsOf<S>;
	/** Where a paced practice is (step and time per step), so a reload comes back to the same step. */
	run: PacedRun | null;
}

/**
 * One practice of a skill from the first rating to the log: rate distress, practise, rate again, save. The
 * whole session is a draft, so a reload or a call in the middle comes back at the same step with every word.
 */
export class PracticeSession<S extends SkillId> {
	readonly skill: S;
	readonly draft: Draft<SessionValue<S>>;
	/** The practice just saved, for the "saved" message; not part of the draft. */
	saved = $state<Practice | null>(null);
	saving = $state(false);
	error = $state<string | null>(null);
	readonly #app: App;
	readonly #steps: readonly string[] | null;
	readonly #onsaved: ((practice: Practice) => Promise<void>) | undefined;

	/**
	 * `steps` makes a paced practice: the person moves through them with Next, Back and Skip.
	 * `onsaved` runs after the practice is logged (the wind-down ticks tonight's checklist).
	 */
	constructor(
		app: App,
		skill: S,
		initialDetails: () => DetailsOf<S>,
		{
			steps = null,
			onsaved
		}: { steps?: readonly string[] | null; onsaved?: (practice: Practice) => Promise<void> } = {}
	) {
		this.#app = app;
		this.skill = skill;
		this.#steps = steps;
		this.#onsaved = onsaved;
		this.draft = new Draft<SessionValue<S>>(app, `practice:${skill}`, () => ({
			stage: 'before',
			before: null,
			after: null,
			note: '',
			startedAt: null,
			durationSeconds: 0,
			details: initialDetails(),
			run: null
		}));
	}

	get value(): SessionValue<S> {
		return this.draft.value;
	}

	get stage(): Stage {
		return this.draft.value.stage;
	}

	/** After the first rating: the practice starts now. `steps` overrides the constructor's (the client's habits). */
	begin(steps: readonly string[] | null = this.#steps): void {
		this.saved = null;
		this.draft.value.startedAt = this.#app.stamp();
		if (steps) this.draft.value.run = startPaced(steps, this.#app.now().getTime());
		this.draft.value.stage = 'practice';
	}

	/** The current step of a paced practice, or null once past the last. */
	get step(): string | null {
		const run = this.draft.value.run;
		return run ? (run.steps[run.index] ?? null) : null;
	}

	get stepIndex(): number {
		return this.draft.value.run?.index ?? 0;
	}

	get stepCount(): number {
		return this.draft.value.run?.steps.length ?? 0;
	}

	/** Moves a paced practice on; past the last step, the practice is over and `details` are logged. */
	next(details: DetailsOf<S> = this.draft.value.details, skip = false): void {
		const run = this.draft.value.run;
		if (!run) return;
		const now = this.#app.now().getTime();
		const moved = (skip ? skipStep : nextStep)(run, now);
		this.draft.value.run = moved;
		if (pacedDone(moved)) this.finish(pacedSeconds(moved, now), details);
	}

	back(): void {
		const run = this.draft.value.run;
		if (run) this.draft.value.run = previousStep(run, this.#app.now().getTime());
	}

	/** Steps skipped so far (the push-button's unpleasant memory). */
	get skipped(): readonly string[] {
		return this.draft.value.run?.skipped ?? [];
	}

	/** The practice is over (finished or stopped early): how long it really took, and what it recorded. */
	finish(durationSeconds: number, details: DetailsOf<S>): void {
		this.draft.value.durationSeconds = Math.max(0, Math.round(durationSeconds));
		this.draft.value.details = details;
		this.draft.value.stage = 'after';
	}

	async save(): Promise<void> {
		if (this.saving) return;
		this.saving = true;
		this.error = null;
		let writes: typeof import('$lib/db/skills') | undefined;
		try {
			const value = $state.snapshot(this.draft.value) as SessionValue<S>;
			const startedAt = value.startedAt ?? this.#app.stamp();
			// Loaded when saving, so the practice screens render without a validator.
			writes = await import('$lib/db/skills');
			const { addPractice } = writes;
			const practice = await addPractice(
				this.#app.store,
				{
					skill: this.skill,
					day: dayOfInstant(startedAt),
					startedAt,
					durationSeconds: value.durationSeconds,
					distressBefore: value.before,
					distressAfter: value.after,
					note: value.note.trim(),
					details: value.details
				},
				this.#app.newId(),
				this.#app.stamp()
			);
			// The practice is logged; what follows only tidies up, and must not read as a failed save.
			try {
				await this.draft.discard();
				await this.#onsaved?.(practice);
			} catch (error) {
				console.error('Saved the practice, but could not tidy up after it', error);
			}
			this.saved = practice;
		} catch (error) {
			console.error('Could not save the practice', error);
			this.error = writes?.isValidationError(error)
				? messageText(writes.firstMessage(error))
				: mSkills.practice.saveFailed;
		} finally {
			this.saving = false;
		}
	}

	/** Forget this session and start from the first rating. */
	async restart(): Promise<void> {
		this.saved = null;
		await this.draft.discard();
	}
}
