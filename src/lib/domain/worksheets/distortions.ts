// Cognitive distortions (Burns), to tag any thought in a thought record (CLINICAL.md, "Thought record"). The ten
// standard ones are always there: the client may hide one from the picker, never delete it, and may add their own.
// Their words (name, one plain sentence, an example) are in the catalogue, by id; this module holds only ids.

import { Id, Timestamps } from '../common';
import { msg } from '../messages';
import { searchKey } from '../text-compare';
import { z } from '../zod';

/** Burns's ten, in his order. */
export const STANDARD_DISTORTIONS = [
	'all-or-nothing',
	'overgeneralisation',
	'mental-filter',
	'disqualifying-positive',
	'jumping-to-conclusions',
	'magnification-minimisation',
	'emotional-reasoning',
	'should-statements',
	'labelling',
	'personalisation-blame'
] as const;
export type StandardDistortion = (typeof STANDARD_DISTORTIONS)[number];

export const DISTORTION_NAME_MAX = 80;
export const DISTORTION_DESCRIPTION_MAX = 500;

const isStandard = (id: string): id is StandardDistortion =>
	(STANDARD_DISTORTIONS as readonly string[]).includes(id);

/** A distortion as a thought refers to it: a standard id, or the id of one the client added. */
export const DistortionRef = z.union([z.enum(STANDARD_DISTORTIONS), Id]);
export type DistortionRef = z.infer<typeof DistortionRef>;

/**
 * A stored distortion row: the client's own (name and description in their words), or a standard one's
 * preference (only its hidden flag; its words are the catalogue's). A standard row is never deleted.
 */
export const DistortionRow = z.discriminatedUnion('standard', [
	z.object({
		id: z.enum(STANDARD_DISTORTIONS),
		standard: z.literal(true),
		hidden: z.boolean(),
		...Timestamps.shape
	}),
	z.object({
		id: Id,
		standard: z.literal(false),
		name: z
			.string()
			.check(
				z.trim(),
				z.minLength(1, { error: msg('distortion.nameMissing') }),
				z.maxLength(DISTORTION_NAME_MAX, { error: msg('distortion.nameTooLong') })
			),
		description: z._default(
			z
				.string()
				.check(
					z.trim(),
					z.maxLength(DISTORTION_DESCRIPTION_MAX, { error: msg('distortion.descriptionTooLong') })
				),
			''
		),
		hidden: z._default(z.boolean(), false),
		...Timestamps.shape
	})
]);
export type DistortionRow = z.infer<typeof DistortionRow>;

/** One entry of the picker: a standard distortion (words from the catalogue) or the client's own. */
export type DistortionEntry =
	| { id: StandardDistortion; standard: true; hidden: boolean }
	| { id: string; standard: false; name: string; description: string; hidden: boolean; createdAt: string };

/**
 * The list the picker and the settings show: Burns's ten always, in order, each with its hidden flag (from its
 * row, if any), then the client's own in the order they added them. A row for an unknown standard id is ignored.
 */
export function distortionList(rows: readonly DistortionRow[]): DistortionEntry[] {
	const hidden = new Map<string, boolean>();
	const own: DistortionEntry[] = [];
	for (const row of rows) {
		if (row.standard) hidden.set(row.id, row.hidden);
		else
			own.push({
				id: row.id,
				standard: false,
				name: row.name,
				description: row.description,
				hidden: row.hidden,
				createdAt: row.createdAt
			});
	}
	own.sort((a, b) => (a.standard || b.standard ? 0 : a.createdAt.localeCompare(b.createdAt)));
	return [
		...STANDARD_DISTORTIONS.map((id) => ({ id, standard: true as const, hidden: hidden.get(id) ?? false })),
		...own
	];
}

/**
 * What already goes by `name` (whatever its case, accents or spacing): a standard distortion by its name in the
 * client's language, or one of their own, hidden ones too. Its name as shown, or undefined when `name` is free.
 */
export function takenDistortionName(
	name: string,
	rows: readonly DistortionRow[],
	standardNames: Readonly<Record<StandardDistortion, string>>
): string | undefined {
	const key = searchKey(name);
	const names = [
		...STANDARD_DISTORTIONS.map((id) => standardNames[id]),
		...rows.flatMap((row) => (row.standard ? [] : [row.name]))
	];
	return names.find((other) => searchKey(other) === key);
}

export { isStandard as isStandardDistortion };
