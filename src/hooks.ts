import type { Reroute } from '@sveltejs/kit';

/**
 * A link with a broken percent-escape (`/check-in/%E0%A4%A`, a link cut short in a message) cannot be decoded,
 * and SvelteKit's router would throw on it before any page renders: a blank screen without Help now. It is routed
 * to a path no screen has instead, so the one error page says the page is not here and shows Help now. The
 * address bar keeps what was typed. (SvelteKit decodes the path the same way, around each `%25`.)
 */
export const reroute: Reroute = ({ url }) => {
	try {
		url.pathname.split('%25').forEach((part) => decodeURI(part));
	} catch {
		return '/-/malformed';
	}
};
