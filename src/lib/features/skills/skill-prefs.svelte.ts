import { skillPrefsBySkill } from '$lib/db/skill-queries';
import type { SkillId } from '$lib/domain/skills';
import type { SkillPrefs } from '$lib/domain/skills.schema';
import type { App } from '$lib/state/app.svelte';
import { LiveQuery } from '$lib/state/live-query.svelte';

/** A skill's stored preferences, live, with the defaults (no favourite, no cues) until the client chooses. */
export class SkillPrefsState {
	readonly #query: LiveQuery<Partial<Record<SkillId, SkillPrefs>>>;
	readonly #skill: SkillId;
	readonly #app: App;

	constructor(app: App, skill: SkillId) {
		this.#app = app;
		this.#skill = skill;
		this.#query = new LiveQuery(() => skillPrefsBySkill(app.store));
	}

	get loaded(): boolean {
		return !this.#query.loading;
	}

	get current(): Pick<SkillPrefs, 'favourite' | 'sound' | 'vibrate' | 'pattern' | 'minutes' | 'count'> {
		const stored = this.#query.current?.[this.#skill];
		return {
			favourite: stored?.favourite ?? false,
			sound: stored?.sound ?? false,
			vibrate: stored?.vibrate ?? false,
			pattern: stored?.pattern,
			minutes: stored?.minutes,
			count: stored?.count
		};
	}

	async update(
		changes: Partial<Pick<SkillPrefs, 'favourite' | 'sound' | 'vibrate' | 'pattern' | 'minutes' | 'count'>>
	) {
		const { updateSkillPrefs } = await import('$lib/db/skills');
		await updateSkillPrefs(this.#app.store, this.#skill, changes, this.#app.stamp());
	}
}
