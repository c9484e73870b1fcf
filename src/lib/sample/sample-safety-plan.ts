// A sample safety plan and the people on it (see sample-data.ts): made with the therapist in the first weeks,
// gone through again about every three months, with a line added or changed at most of those sittings.
import type { Contact } from '$lib/domain/contact';
import { notAfterEnd, type SampleContext } from './sample-life';
import {
	SAFETY_PLAN_ID,
	type PlanContent,
	type SafetyPlan,
	type SafetyPlanVersion
} from '$lib/domain/safety-plan';

const PEOPLE: readonly Omit<Contact, 'id' | 'order' | 'createdAt' | 'updatedAt'>[] = [
	{ name: 'Sam (sister)', phone: '07700 900123', kind: 'person', canText: true, note: '' },
	{ name: 'Priya', phone: '07700 900456', kind: 'person', canText: true, note: 'Evenings are best' },
	{ name: 'Dr Okafor', phone: '020 7946 0321', kind: 'therapist', canText: false, note: 'Tuesdays' },
	{ name: 'GP surgery', phone: '020 7946 0999', kind: 'service', canText: false, note: '' }
];

/** The first plan, in the client's own words (Stanley & Brown 2012: six steps and a reason for living). */
const FIRST: PlanContent['sections'] = {
	warningSigns: [
		'Not answering messages',
		'Lying awake going over everything',
		'Thinking nobody would notice'
	],
	copingStrategies: ['Box breathing for two minutes', 'A hot shower', 'Walk round the block'],
	distractions: ['The café on the corner', 'Football on the radio'],
	helpers: ['Sam'],
	professionals: ['Dr Okafor (weekdays)', 'Samaritans 116 123, any time'],
	safeEnvironment: ['Give the spare tablets to Sam to keep'],
	reasonsForLiving: ['My niece Lily', 'Seeing the sea again']
};

/** What changes at later sittings, in order; a sitting may change nothing. */
const CHANGES: readonly ((sections: PlanContent['sections']) => void)[] = [
	(s) => s.copingStrategies.push('Grounding: 5 things I can see'),
	(s) => s.warningSigns.push('Skipping meals'),
	() => undefined,
	(s) => s.helpers.push('Priya'),
	(s) => (s.distractions[1] = 'Podcast in the park'),
	(s) => s.reasonsForLiving.push('Finishing the course')
];

const FIRST_DAY = 10;
const REVIEW_DAYS = 90;

export function sampleContacts(ctx: SampleContext): Contact[] {
	const random = ctx.random('contacts');
	const day = ctx.days[5] ?? ctx.days[0];
	if (!day) return [];
	const at = ctx.instant(day.day, 18 * 60);
	return PEOPLE.map((person, order) => ({
		id: random.uuid(),
		...person,
		order,
		createdAt: at,
		updatedAt: at
	})).filter((contact) => notAfterEnd(ctx, contact.createdAt));
}

export function sampleSafetyPlanVersions(
	ctx: SampleContext,
	{ contacts }: { contacts: Contact[] }
): SafetyPlanVersion[] {
	const random = ctx.random('safetyPlanVersions');
	const byName = (name: string) => contacts.filter((c) => c.name.startsWith(name)).map((c) => c.id);
	const sections = structuredClone(FIRST);
	const versions: SafetyPlanVersion[] = [];
	for (let sitting = 0; ; sitting += 1) {
		const day = ctx.days[FIRST_DAY + sitting * REVIEW_DAYS + (sitting ? random.int(-10, 10) : 0)];
		if (!day) break;
		const at = ctx.instant(day.day, 15 * 60 + random.int(0, 50));
		if (!notAfterEnd(ctx, at)) break;
		if (sitting > 0) CHANGES[(sitting - 1) % CHANGES.length]?.(sections);
		versions.push({
			id: random.uuid(),
			sections: structuredClone(sections),
			contacts: {
				distractions: [],
				helpers: [...byName('Sam'), ...(sections.helpers.includes('Priya') ? byName('Priya') : [])],
				professionals: byName('Dr Okafor')
			},
			reviewedOn: day.day,
			createdAt: at,
			updatedAt: at
		});
	}
	return versions;
}

export function sampleSafetyPlan(
	ctx: SampleContext,
	{ safetyPlanVersions }: { safetyPlanVersions: SafetyPlanVersion[] }
): SafetyPlan[] {
	const first = safetyPlanVersions[0];
	const last = safetyPlanVersions.at(-1);
	if (!first || !last) return [];
	return [
		{
			id: SAFETY_PLAN_ID,
			sections: structuredClone(last.sections),
			contacts: structuredClone(last.contacts),
			reviewedOn: last.reviewedOn,
			reviewSnoozedUntil: null,
			createdAt: first.createdAt,
			updatedAt: last.updatedAt
		}
	];
}
