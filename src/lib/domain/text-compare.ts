// Comparing what a person typed as a person would: "Anxiety", "anxiety " and "Ánxiety" are one name.

/** Text folded for comparing and searching: accents removed, lower case, spaces collapsed and trimmed. */
export const searchKey = (text: string): string =>
	text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
