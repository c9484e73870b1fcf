import type { Db } from './db';
import { readRows, readValid } from './read';

// Reads of the contacts, each row checked against its schema (writes: contacts.ts).

/** The contacts in the client's order and how many could not be read. */
export const readContacts = (db: Db) => readRows('contacts', db.contacts.orderBy('order').toArray());

export const listContacts = (db: Db) => readValid('contacts', db.contacts.orderBy('order').toArray());
