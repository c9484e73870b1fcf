import type { SkillId } from '$lib/domain/skills';

/** Each skill's screen (pass to resolve()). */
export const SKILL_ROUTES = {
	'thought-stopping': '/skills/thought-stopping',
	'push-button': '/skills/push-button',
	breathing: '/skills/breathing',
	grounding: '/skills/grounding',
	'body-scan': '/skills/body-scan',
	'sleep-hygiene': '/skills/sleep-hygiene'
} as const satisfies Record<SkillId, string>;
