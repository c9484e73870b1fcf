// Feature folders may import one another to compose a screen, never in a circle (DESIGN.md, architecture). ESLint
// checks which layer imports which (eslint.config.js); this reads every import under src/lib, .svelte files
// included, and fails on a cycle between folders: the features one by one, the other layers as one folder each.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(import.meta.dirname, '../../src/lib');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

/** The folder a path under src/lib belongs to: `features/<name>`, or the layer (`ui`, `db`, `domain`, ...). */
export function folderOf(pathInLib: string): string | undefined {
	const [layer, name] = pathInLib.split('/');
	if (!layer || !name) return undefined;
	return layer === 'features' && pathInLib.split('/').length > 2 ? `features/${name}` : layer;
}

/** Every import specifier in a module's text (static, dynamic and side-effect imports, and re-exports). */
export function specifiers(source: string): string[] {
	const found = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g);
	return [...found].map((match) => match[1] as string);
}

/** Folder-level edges of src/lib: from each folder to every other folder one of its files imports. */
function folderEdges(): Map<string, Set<string>> {
	const edges = new Map<string, Set<string>>();
	for (const file of files(LIB)) {
		const from = folderOf(relative(LIB, file));
		if (!from) continue;
		for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
			let target: string | undefined;
			if (specifier.startsWith('$lib/')) target = specifier.slice('$lib/'.length);
			else if (specifier.startsWith('.')) target = relative(LIB, resolve(dirname(file), specifier));
			if (!target || target.startsWith('..')) continue;
			const to = folderOf(target);
			if (!to || to === from) continue;
			if (!edges.has(from)) edges.set(from, new Set());
			edges.get(from)?.add(to);
		}
	}
	return edges;
}

/** The cycles of a directed graph, each as the path that closes it (`a -> b -> a`), found by depth-first search. */
export function cycles(edges: Map<string, Set<string>>): string[] {
	const found = new Set<string>();
	const done = new Set<string>();
	const visit = (node: string, path: string[]) => {
		const at = path.indexOf(node);
		if (at >= 0) {
			const loop = path.slice(at);
			// One name per cycle, whichever node the search entered it by.
			const start = loop.indexOf([...loop].sort()[0] as string);
			const turned = [...loop.slice(start), ...loop.slice(0, start)];
			found.add([...turned, turned[0]].join(' -> '));
			return;
		}
		if (done.has(node)) return;
		for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
		done.add(node);
	};
	for (const node of [...edges.keys()].sort()) visit(node, []);
	return [...found].sort();
}

const graph = (table: Record<string, string[]>) =>
	new Map(Object.entries(table).map(([from, to]) => [from, new Set(to)]));

describe('folder-level import cycles', () => {
	it.each<{ table: Record<string, string[]>; expected: string[] }>([
		{ table: {}, expected: [] },
		{ table: { 'features/a': ['ui', 'features/b'], 'features/b': ['ui'] }, expected: [] },
		{
			table: { 'features/help-now': ['features/contacts'], 'features/contacts': ['features/help-now'] },
			expected: ['features/contacts -> features/help-now -> features/contacts']
		},
		{ table: { a: ['b'], b: ['c'], c: ['a'] }, expected: ['a -> b -> c -> a'] },
		{ table: { ui: ['state'], state: ['db'], db: ['ui'], domain: [] }, expected: ['db -> ui -> state -> db'] }
	])('$table has the cycles $expected', ({ table, expected }) => {
		expect(cycles(graph(table))).toEqual(expected);
	});

	it.each([
		{ source: "import A from '$lib/ui/A.svelte';", expected: ['$lib/ui/A.svelte'] },
		{ source: 'import { b } from \'./b\';\nexport { c } from "../c";', expected: ['./b', '../c'] },
		{ source: "const m = await import('$lib/db/x');", expected: ['$lib/db/x'] },
		{ source: "import 'fake-indexeddb/auto';", expected: ['fake-indexeddb/auto'] },
		{
			source: '<script lang="ts">\n\timport X from \'$lib/features/x/X.svelte\';\n</script>',
			expected: ['$lib/features/x/X.svelte']
		}
	])('reads the imports of $source', ({ source, expected }) => {
		expect(specifiers(source)).toEqual(expected);
	});

	it.each([
		{ path: 'features/help-now/HelpNow.svelte', expected: 'features/help-now' },
		{ path: 'features/contacts/x/y.ts', expected: 'features/contacts' },
		{ path: 'ui/Icon.svelte', expected: 'ui' },
		{ path: 'domain/time.ts', expected: 'domain' }
	])('puts $path in $expected', ({ path, expected }) => {
		expect(folderOf(path)).toBe(expected);
	});

	it('finds no cycle between the folders of src/lib', () => {
		const edges = folderEdges();
		// The reading found the features composing one another (so an empty graph cannot pass by accident).
		expect(edges.get('features/help-now')?.size ?? 0).toBeGreaterThan(0);
		expect(cycles(edges)).toEqual([]);
	});
});
