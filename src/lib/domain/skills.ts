// The coping skills Between teaches (shared/CLINICAL.md, "Coping skills"). Render-time facts only, without a
// validator: skills.schema.ts holds the records. Mindfulness is one skill in CLINICAL.md with three practices;
// each practice has its own lesson, log and favourite, since "breathing" is what a person reaches for, not
// "mindfulness".

export const SKILLS = [
	'thought-stopping',
	'push-button',
	'breathing',
	'grounding',
	'body-scan',
	'sleep-hygiene'
] as const;
export type SkillId = (typeof SKILLS)[number];

export const SKILL_GROUPS = [
	{ id: 'thoughts', skills: ['thought-stopping', 'push-button'] },
	{ id: 'mindfulness', skills: ['breathing', 'grounding', 'body-scan'] },
	{ id: 'sleep', skills: ['sleep-hygiene'] }
] as const satisfies readonly { id: string; skills: readonly SkillId[] }[];
export type SkillGroupId = (typeof SKILL_GROUPS)[number]['id'];

export function isSkill(value: unknown): value is SkillId {
	return typeof value === 'string' && (SKILLS as readonly string[]).includes(value);
}

/** Distress is rated 0 (calm) to 10 (the worst it gets) before and after a practice (CLINICAL.md). */
export const DISTRESS_MIN = 0;
export const DISTRESS_MAX = 10;
