// Every screen a person reaches from the app's own links, without a record of their own to open: the one list the
// end-to-end checks that visit every screen (axe, CSP, Help now, small screens, the pseudo-locale) and the
// screenshot script walk. A new screen added here is checked by all of them.

/** The screens outside the safety plan. */
export const SCREENS = [
	'/',
	'/skills',
	'/homework',
	'/homework/activities',
	// A new worksheet of each stepped kind opens at its first step (nothing is stored until the client types).
	'/homework/thought-record/00000000-0000-4000-8000-00000000000a',
	'/homework/problem-solving/00000000-0000-4000-8000-00000000000b',
	'/homework/ladder/00000000-0000-4000-8000-00000000000c',
	'/progress',
	'/more',
	'/help',
	'/check-in',
	'/check-in/history',
	'/check-in/manage',
	'/measures',
	'/measures/phq9',
	'/skills/thought-stopping',
	'/skills/push-button',
	'/skills/breathing',
	'/skills/grounding',
	'/skills/body-scan',
	'/skills/sleep-hygiene',
	'/skills/sleep-hygiene/diary'
];

/** The safety plan's screens (checked filled in, in safety-plan.test.ts). */
export const PLAN_SCREENS = ['/safety-plan', '/safety-plan/history', '/safety-plan/print'];
