import { z } from 'zod';
import { Timestamps } from './common';

/**
 * A half-finished form, saved on every change so that nothing a person typed is lost to a reload,
 * a crash or an update. `key` names the form and, where it edits a record, the record ("contact:new").
 */
export const DraftKey = z.string().min(1).max(200);

export const Draft = z.object({
	key: DraftKey,
	value: z.unknown().refine((value) => value !== undefined, { error: 'A draft needs a value.' }),
	...Timestamps.shape
});
export type Draft = z.infer<typeof Draft>;
