import type { Practice } from '$lib/domain/skills.schema';
import { mSkills } from '$lib/i18n/skills';

/** One line that says what a logged practice was, for the log. */
export function detailLine(practice: Practice): string {
	switch (practice.skill) {
		case 'breathing':
			return mSkills.breathing.logLine(
				mSkills.breathing.patterns[practice.details.pattern],
				practice.details.breaths
			);
		case 'body-scan':
			return mSkills.bodyScan.minutes(practice.details.minutes);
		case 'thought-stopping':
			return practice.details.replacement
				? mSkills.thoughtStopping.logReplacement(practice.details.replacement)
				: '';
		case 'push-button':
			return [
				practice.details.memoryTitle ? mSkills.pushButton.logMemory(practice.details.memoryTitle) : '',
				practice.details.skippedUnpleasant ? mSkills.pushButton.skipped : ''
			]
				.filter(Boolean)
				.join(' · ');
		case 'grounding':
			return '';
		case 'sleep-hygiene':
			return mSkills.sleep.logDone(practice.details.done.length);
	}
}
