import type { Db } from './db';

// The symptoms and tags in the client's order, archived ones included (the screens filter). Read without zod,
// so the check-in form renders without a validator; changes go through symptoms.ts.

export const listSymptoms = (db: Db) => db.symptoms.orderBy('order').toArray();
export const listTags = (db: Db) => db.tags.orderBy('order').toArray();
