import { msg } from './messages';
import { z } from './zod';
import { Id, Timestamps } from './common';
import { parseDial, type DialIssue } from './phone';

/** Who a contact is to the client; the safety plan groups people and professionals apart (Stanley & Brown 2012). */
export const ContactKind = z.enum(['person', 'therapist', 'service']);
export type ContactKind = z.infer<typeof ContactKind>;

export const PhoneNumber = z.string().check(
	z.trim(),
	z.maxLength(40, { error: msg('phone.tooLong') }),
	// What earlier versions accepted, or anything the form now accepts (an extension, a 00 prefix, a slash).
	z.refine((value) => /^\+?[\d\s().-]+$/.test(value) || parseDial(value).ok, {
		error: msg('phone.characters')
	}),
	// phone.ts carries no crisis lines, so the validator (loaded when saving) and the lines stay in separate chunks.
	z.refine((value) => value.replace(/\D/g, '').length >= 3, {
		error: msg('phone.tooShort')
	})
);

/**
 * A number as typed into the contact form: kept only if a phone can dial it (phone.ts). The message is the
 * reason's code (`phone.tooShort`...), which the form puts into words from the catalogue beside the field.
 * Stored contacts are read with the lenient `PhoneNumber` above, so a number saved before this check is never
 * lost: it shows as text, without a link.
 */
export const DialablePhone = z.string().check(
	z.trim(),
	z.maxLength(40, { error: msg('phone.tooLong') }),
	z.refine((value) => contactPhoneIssue(value) === undefined, {
		error: (issue) => contactPhoneIssue(String(issue.input))
	})
);

/** Why a contact's number would not connect, if it would not. Three digits at least, as contacts always needed. */
export function contactPhoneIssue(written: string): DialIssue | undefined {
	const dial = parseDial(written);
	if (!dial.ok) return dial.issue;
	return dial.number.replace(/\D/g, '').length < 3 ? 'phone.tooShort' : undefined;
}

/** Input a person types when adding or changing a contact. */
export const ContactInput = z.object({
	name: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('contact.nameMissing') }),
			z.maxLength(100, { error: msg('contact.nameTooLong') })
		),
	phone: DialablePhone,
	kind: z._default(ContactKind, 'person'),
	/** Can this number receive text messages? Shown as a "Text" button. */
	canText: z._default(z.boolean(), false),
	note: z._default(z.string().check(z.maxLength(500, { error: msg('contact.noteTooLong') })), '')
});
export type ContactInput = z.input<typeof ContactInput>;

export const Contact = z.object({
	id: Id,
	...ContactInput.shape,
	phone: PhoneNumber,
	/** Position in the client's own list, smallest first. */
	order: z.int().check(z.nonnegative()),
	...Timestamps.shape
});
export type Contact = z.infer<typeof Contact>;
