// The lowest and highest IndexedDB keys, for open-ended ranges on compound indexes, written out so that query
// modules need not import Dexie itself (which loads beside the first screen, not before it). Dexie's own
// minKey and maxKey are these values: -Infinity is below every key, and an array holding an array sorts above
// every number, date, string and array of those.
export const MIN_KEY = -Infinity;
export const MAX_KEY: unknown[] = [[]];
