// Every kind of worksheet as one schema, told apart by `kind`: the registry's `worksheets` table validates with
// it. A new kind's module adds its schema here, one line.

import { z } from '../zod';
import { QuickThoughtRecord, ThoughtRecord } from './thought-record';

export const Worksheet = z.discriminatedUnion('kind', [ThoughtRecord, QuickThoughtRecord]);
export type Worksheet = z.infer<typeof Worksheet>;
export type WorksheetOf<K extends Worksheet['kind']> = Extract<Worksheet, { kind: K }>;
