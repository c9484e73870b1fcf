import type { SleepHabit } from '$lib/domain/sleep.schema';
import { mSkills } from '$lib/i18n/skills';

/** A habit's words: the catalogue's for a standard habit, the client's own otherwise. */
export const habitLabel = (habit: Pick<SleepHabit, 'standard' | 'label'>) =>
	habit.standard ? mSkills.sleep.habits[habit.standard] : habit.label;
