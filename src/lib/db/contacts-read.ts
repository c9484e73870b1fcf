import type { Db } from './db';

// Reading contacts needs no validator, so Help now lists them without loading one (writes: contacts.ts).

export const listContacts = (db: Db) => db.contacts.orderBy('order').toArray();
