import { error } from '@sveltejs/kit';
import { kindOfSegment } from '$lib/features/worksheets/worksheet-routes';
import type { PageLoad } from './$types';

// One worksheet of the client's own: it exists only in their browser, so the page renders there (the SPA fallback).
export const prerender = false;
export const ssr = false;

/**
 * Every kind of worksheet opens through this one route (/homework/<kind>/<id>), so a new kind costs no route:
 * each route adds to the table every screen's first load carries. The kind's screen loads before the page shows.
 */
const screens = {
	'thought-record': () => import('$lib/features/worksheets/ThoughtRecordScreen.svelte'),
	'quick-thought-record': () => import('$lib/features/worksheets/QuickRecordScreen.svelte'),
	'exposure-ladder': () => import('$lib/features/worksheets/LadderScreen.svelte'),
	'problem-solving': () => import('$lib/features/worksheets/ProblemSolvingScreen.svelte')
};

export const load: PageLoad = async ({ params }) => {
	const kind = kindOfSegment(params.kind);
	if (!kind || !(kind in screens)) error(404, 'Not found');
	const { default: Screen } = await screens[kind as keyof typeof screens]();
	return { kind, Screen };
};
