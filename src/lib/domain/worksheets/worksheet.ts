// Every kind of worksheet as one stored record, told apart by `kind`: the schema the worksheets table validates
// with. A new kind adds its schema to the list.

import { z } from '../zod';
import { QuickThoughtRecord, ThoughtRecord } from './thought-record';

export const Worksheet = z.discriminatedUnion('kind', [ThoughtRecord, QuickThoughtRecord]);
export type Worksheet = z.infer<typeof Worksheet>;
