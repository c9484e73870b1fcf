import type { z } from 'zod';

/** One readable sentence from a zod error, for showing to a person next to the form. */
export function firstMessage(error: z.ZodError): string {
	return error.issues[0]?.message ?? 'Something in this form is not valid.';
}

/** Field name -> first message, for showing each message beside its field. */
export function messagesByField(error: z.ZodError): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? '');
		out[field] ??= issue.message;
	}
	return out;
}
