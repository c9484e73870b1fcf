import type { Db } from './db';
import { readValid } from './read';

// The symptoms and tags in the client's order, archived ones included (the screens filter), each row checked
// against its schema; changes go through symptoms.ts.

export const listSymptoms = (db: Db) => readValid('symptoms', db.symptoms.orderBy('order').toArray());
export const listTags = (db: Db) => readValid('tags', db.tags.orderBy('order').toArray());
