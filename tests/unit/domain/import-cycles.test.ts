import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The domain's modules import each other without a cycle (type-only imports are erased and do not count), so
// each loads on its own and a screen's chunk carries only what it uses.

const DOMAIN = resolve('src/lib/domain');

/** Each domain file's value imports of other domain files. */
function importGraph(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of readdirSync(DOMAIN).filter((name) => name.endsWith('.ts'))) {
		const source = readFileSync(join(DOMAIN, file), 'utf8');
		const found: string[] = [];
		for (const match of source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
			const [, , typeOnly, from] = match;
			if (typeOnly || !from) continue;
			const target = from.startsWith('./')
				? from.slice(2)
				: from.startsWith('$lib/domain/')
					? from.slice(12)
					: null;
			if (target) found.push(`${target}.ts`);
		}
		graph.set(file, found);
	}
	return graph;
}

/** The first cycle found, as the files along it, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (file: string): string[] | null => {
		if (state.get(file) === 'done') return null;
		if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
		state.set(file, 'open');
		path.push(file);
		for (const next of graph.get(file) ?? []) {
			const cycle = visit(next);
			if (cycle) return cycle;
		}
		path.pop();
		state.set(file, 'done');
		return null;
	};
	for (const file of graph.keys()) {
		const cycle = visit(file);
		if (cycle) return cycle;
	}
	return null;
}

describe('the domain’s imports', () => {
	test('the walk sees a cycle when there is one', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts']],
			['c.ts', ['a.ts']]
		]);
		expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
	});

	test('form no cycle among the domain files', () => {
		const graph = importGraph();
		expect(graph.get('registry.ts')).toContain('contact.ts');
		expect(findCycle(graph)).toBeNull();
	});
});
