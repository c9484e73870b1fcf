import { z } from 'zod/mini';
import { messageOf, type Message, type MessageCode } from './messages';

/**
 * What a repository throws when input is invalid: nothing was written. Domain schemas use zod/mini, whose
 * functional API tree-shakes, so the check-in screen stays inside its first-load budget (DESIGN.md).
 */
export const ValidationError = z.core.$ZodError;
export type ValidationError = z.core.$ZodError;

/** A validation error for one field, for a rule no schema can check alone (a name already taken). */
export const fieldError = (
	field: string,
	message: MessageCode,
	input: unknown,
	values?: Record<string, string | number>
): ValidationError =>
	new ValidationError([{ code: 'custom', message, path: [field], input, params: values }]);

export const isValidationError = (error: unknown): error is ValidationError =>
	error instanceof z.core.$ZodError;

/** The first message of a validation error, for showing to a person next to the form. */
export function firstMessage(error: ValidationError): Message {
	const issue = error.issues[0];
	return issue ? messageOf(issue) : { code: 'invalid' };
}

/** Field name -> first message, for showing each message beside its field. */
export function messagesByField(error: ValidationError): Record<string, Message> {
	const out: Record<string, Message> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? '');
		out[field] ??= messageOf(issue);
	}
	return out;
}
