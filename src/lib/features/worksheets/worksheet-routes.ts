import { resolve } from '$app/paths';
import type { Worksheet } from '$lib/domain/worksheets/worksheet';

/** Where each kind of worksheet opens, new or stored, by its id. A new kind adds its screen's route here. */
const routes: { [K in Worksheet['kind']]: (id: string) => string } = {
	'thought-record': (id) => resolve('/(client)/homework/thought-record/[id]', { id }),
	'quick-thought-record': (id) => resolve('/(client)/homework/quick/[id]', { id })
};

/** The kinds the Homework screen lists, in the order it offers them. */
export const LISTED_KINDS = Object.keys(routes) as Worksheet['kind'][];

export const worksheetHref = (kind: Worksheet['kind'], id: string): string => routes[kind](id);
