import { msg } from './messages';
import { z } from './zod';
import { Id, Timestamps } from './common';

/** Who a contact is to the client; the safety plan groups people and professionals apart (Stanley & Brown 2012). */
export const ContactKind = z.enum(['person', 'therapist', 'service']);
export type ContactKind = z.infer<typeof ContactKind>;

export const PhoneNumber = z.string().check(
	z.trim(),
	z.maxLength(40, { error: msg('phone.tooLong') }),
	z.refine((value) => /^\+?[\d\s().-]+$/.test(value), {
		error: msg('phone.characters')
	}),
	// Counted here rather than with crisis-lines' dialString, so that the validator (loaded when saving) and the
	// crisis lines (loaded with every screen) share no module and stay in separate chunks.
	z.refine((value) => value.replace(/\D/g, '').length >= 3, {
		error: msg('phone.tooShort')
	})
);

/** Input a person types when adding or changing a contact. */
export const ContactInput = z.object({
	name: z
		.string()
		.check(
			z.trim(),
			z.minLength(1, { error: msg('contact.nameMissing') }),
			z.maxLength(100, { error: msg('contact.nameTooLong') })
		),
	phone: PhoneNumber,
	kind: z._default(ContactKind, 'person'),
	/** Can this number receive text messages? Shown as a "Text" button. */
	canText: z._default(z.boolean(), false),
	note: z._default(z.string().check(z.maxLength(500, { error: msg('contact.noteTooLong') })), '')
});
export type ContactInput = z.input<typeof ContactInput>;

export const Contact = z.object({
	id: Id,
	...ContactInput.shape,
	/** Position in the client's own list, smallest first. */
	order: z.int().check(z.nonnegative()),
	...Timestamps.shape
});
export type Contact = z.infer<typeof Contact>;
