// The client's own order of symptoms and tags, changed one move at a time.

/**
 * The new `order` of each item after moving `id` by `delta` places (-1 up, +1 down) in a list sorted by order.
 * Returns only the rows whose order changes; an impossible move returns nothing.
 */
export function reorder<T extends { id: string; order: number }>(
	items: readonly T[],
	id: string,
	delta: number
): { id: string; order: number }[] {
	const sorted = [...items].sort((a, b) => a.order - b.order);
	const from = sorted.findIndex((item) => item.id === id);
	const to = from + delta;
	if (from < 0 || to < 0 || to >= sorted.length || delta === 0) return [];
	const [moved] = sorted.splice(from, 1);
	sorted.splice(to, 0, moved as T);
	return sorted
		.map((item, order) => ({ id: item.id, order, before: item.order }))
		.filter((item) => item.order !== item.before)
		.map(({ id, order }) => ({ id, order }));
}
