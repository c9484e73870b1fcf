// How much room a long text field has left, counted as the client sees characters (code points, so an emoji
// is one), and when to start saying so: once a tenth of the room or less is left (at least the last 100), so
// the count arrives before the limit, never as a surprise after it, and never clutters a short note.

/** The length of `text` as the limits count it. */
export const textLength = (text: string): number => [...text].length;

/** Characters left before `max`: negative when over. */
export const roomLeft = (text: string, max: number): number => max - textLength(text);

/** Whether the count is worth showing: the room left is a tenth of `max` or less (or under 100), or it is over. */
export const countShown = (left: number, max: number): boolean => left <= Math.max(100, Math.floor(max / 10));

/** Whether a field holding `text` shows its count: what a field's aria-describedby names its counter by. */
export const showsCount = (text: string, max: number): boolean => countShown(roomLeft(text, max), max);
