// Cognitive distortions, to tag any thought in a thought record: Burns's ten (Feeling Good, 1980; CLINICAL.md),
// always present, and the client's own. A standard one can be hidden from the choices, never deleted; the
// client's own can be hidden or deleted. Names, sentences and examples of the ten are in the catalogue.

import { Id, Timestamps } from '../common';
import { msg } from '../messages';
import { foldName } from '../text-compare';
import { z } from '../zod';

/** Burns's ten, in his order. */
export const STANDARD_DISTORTIONS = [
	'all-or-nothing',
	'overgeneralisation',
	'mental-filter',
	'disqualifying-positive',
	'jumping-to-conclusions',
	'magnification',
	'emotional-reasoning',
	'should-statements',
	'labelling',
	'personalisation'
] as const;
export type StandardDistortion = (typeof STANDARD_DISTORTIONS)[number];

export const DISTORTION_NAME_MAX = 80;
export const DISTORTION_TEXT_MAX = 500;

const isStandard = (id: string): id is StandardDistortion =>
	(STANDARD_DISTORTIONS as readonly string[]).includes(id);

/**
 * A stored distortion: a standard one's row holds only whether it is hidden (its id is its name, its words come
 * from the catalogue); the client's own has an id, their name for it and, if they like, what it means to them.
 */
export const Distortion = z
	.object({
		id: z.string(),
		standard: z.nullable(z.enum(STANDARD_DISTORTIONS)),
		name: z._default(
			z.string().check(z.trim(), z.maxLength(DISTORTION_NAME_MAX, { error: msg('distortion.nameTooLong') })),
			''
		),
		description: z._default(
			z.string().check(z.trim(), z.maxLength(DISTORTION_TEXT_MAX, { error: msg('distortion.textTooLong') })),
			''
		),
		hidden: z.boolean(),
		...Timestamps.shape
	})
	.check(
		z.refine((row) => (row.standard === null ? row.name.length > 0 : row.id === row.standard), {
			error: msg('distortion.nameMissing'),
			path: ['name']
		}),
		z.refine((row) => row.standard !== null || Id.safeParse(row.id).success, {
			error: msg('record.badId'),
			path: ['id']
		})
	);
export type Distortion = z.infer<typeof Distortion>;

/** One choice in the list: a standard distortion (words from the catalogue) or the client's own. */
export type DistortionChoice =
	| { id: StandardDistortion; standard: StandardDistortion; hidden: boolean }
	| { id: string; standard: null; name: string; description: string; hidden: boolean };

/**
 * The list to choose from: the ten standard ones always, in Burns's order, each hidden or not as stored, then the
 * client's own in the order they were added. Rows for unknown standard ids are ignored.
 */
export function distortionChoices(rows: readonly Distortion[]): DistortionChoice[] {
	const hidden = new Set(rows.filter((row) => row.standard !== null && row.hidden).map((row) => row.id));
	const standard: DistortionChoice[] = STANDARD_DISTORTIONS.map((id) => ({
		id,
		standard: id,
		hidden: hidden.has(id)
	}));
	const own: DistortionChoice[] = rows
		.filter((row) => row.standard === null && !isStandard(row.id))
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
		.map(({ id, name, description, hidden }) => ({ id, standard: null, name, description, hidden }));
	return [...standard, ...own];
}

/**
 * Why a new distortion of the client's own cannot be added, or null: its name is empty, or it is already there
 * (their own, compared without case or accents; a standard one's name is compared in the client's language).
 */
export function newDistortionIssue(
	name: string,
	rows: readonly Distortion[],
	standardNames: Readonly<Record<StandardDistortion, string>>
): 'distortion.nameMissing' | 'distortion.exists' | null {
	const folded = foldName(name);
	if (folded === '') return 'distortion.nameMissing';
	const taken = [
		...STANDARD_DISTORTIONS.map((id) => standardNames[id]),
		...rows.filter((row) => row.standard === null).map((row) => row.name)
	];
	return taken.some((other) => foldName(other) === folded) ? 'distortion.exists' : null;
}
