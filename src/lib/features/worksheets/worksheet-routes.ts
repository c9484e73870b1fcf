import { resolve } from '$app/paths';
import type { Worksheet } from '$lib/domain/worksheets/worksheet';

/** Where each kind of worksheet opens, new or stored, by its id. A new kind adds its screen's route here. */
const routes: { [K in Worksheet['kind']]: (id: string) => string } = {
	'thought-record': (id) => resolve('/(client)/homework/thought-record/[id]', { id }),
	'quick-thought-record': (id) => resolve('/(client)/homework/quick/[id]', { id }),
	'exposure-ladder': (id) => resolve('/(client)/homework/ladder/[id]', { id }),
	// Every activity, logged or planned, lives on the one activities screen.
	'activity-log': () => resolve('/(client)/homework/activities'),
	'activity-plan': () => resolve('/(client)/homework/activities')
};

/**
 * The kinds the Homework screen lists one by one, in the order it offers them. Activities are many and small:
 * Homework links to their own screen instead.
 */
export const LISTED_KINDS: Worksheet['kind'][] = [
	'thought-record',
	'quick-thought-record',
	'exposure-ladder'
];

export const worksheetHref = (kind: Worksheet['kind'], id: string): string => routes[kind](id);
