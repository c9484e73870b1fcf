// Comparing what a person typed as a person would: "Anxiety", "anxiety " and "ánxiety" are one name.

/** A name folded for comparison: trimmed, inner spaces collapsed, accents removed, lower case. */
export const foldName = (text: string): string =>
	text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('und');

/** Whether `text` contains `query`, both folded; an empty query matches everything. */
export const containsFolded = (text: string, query: string): boolean =>
	foldName(text).includes(foldName(query));
