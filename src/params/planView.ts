import type { ParamMatcher } from '@sveltejs/kit';

/** The safety plan's other views: /safety-plan/history and /safety-plan/print (anything else is not found). */
export const match = ((param: string): param is 'history' | 'print' =>
	param === 'history' || param === 'print') satisfies ParamMatcher;
