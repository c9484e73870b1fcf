import { resolve } from '$app/paths';
import type { Worksheet } from '$lib/domain/worksheets/worksheet';

/**
 * The path segment of each kind that opens on its own screen (/homework/<segment>/<id>, one route for all). Every
 * activity, logged or planned, lives on the one activities screen instead.
 */
const segments = {
	'thought-record': 'thought-record',
	'quick-thought-record': 'quick',
	'exposure-ladder': 'ladder',
	'problem-solving': 'problem-solving'
} as const satisfies Partial<Record<Worksheet['kind'], string>>;
type OwnScreen = keyof typeof segments;

const hasOwnScreen = (kind: Worksheet['kind']): kind is OwnScreen => Object.hasOwn(segments, kind);

/** The kind a path segment opens, or undefined for a segment that is not one. */
export const kindOfSegment = (segment: string): OwnScreen | undefined =>
	(Object.keys(segments) as OwnScreen[]).find((kind) => segments[kind] === segment);

/**
 * The kinds the Homework screen lists one by one, in the order it offers them. Activities are many and small:
 * Homework links to their own screen instead.
 */
export const LISTED_KINDS: Worksheet['kind'][] = [
	'thought-record',
	'quick-thought-record',
	'exposure-ladder',
	'problem-solving'
];

/** Where the worksheet `id` of `kind` opens, new or stored. */
export const worksheetHref = (kind: Worksheet['kind'], id: string): string =>
	hasOwnScreen(kind)
		? resolve('/(client)/homework/[kind]/[id]', { kind: segments[kind], id })
		: resolve('/(client)/homework/activities');
