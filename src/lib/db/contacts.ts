import { Contact, ContactInput } from '$lib/domain/contact';
import { msg } from '$lib/domain/messages';
import type { Db } from './db';

export { listContacts } from './contacts-read';

/** Adds a contact at the end of the list. Invalid input throws a ZodError and writes nothing. */
export async function addContact(db: Db, input: unknown, id: string, now: string): Promise<Contact> {
	const fields = ContactInput.parse(input);
	return db.transaction('rw', db.contacts, async () => {
		const last = await db.contacts.orderBy('order').last();
		const contact = Contact.parse({
			...fields,
			id,
			order: (last?.order ?? -1) + 1,
			createdAt: now,
			updatedAt: now
		});
		await db.contacts.add(contact);
		return contact;
	});
}

export async function updateContact(db: Db, id: string, input: unknown, now: string): Promise<Contact> {
	const fields = ContactInput.parse(input);
	return db.transaction('rw', db.contacts, async () => {
		const existing = await db.contacts.get(id);
		if (!existing) throw new Error(msg('contact.gone'));
		const contact = Contact.parse({ ...existing, ...fields, updatedAt: now });
		await db.contacts.put(contact);
		return contact;
	});
}

export const deleteContact = (db: Db, id: string) => db.contacts.delete(id);

/** Puts back a contact exactly as it was (undo of a delete). */
export const restoreContact = (db: Db, contact: Contact) => db.contacts.put(Contact.parse(contact));
