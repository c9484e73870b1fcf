// A small seeded pseudo-random generator for sample data: the same seed always gives the same sequence, on
// every machine and JavaScript engine, so generated data sets, tests and benchmark runs are reproducible.
// Not for anything secret: record ids in the app come from crypto.randomUUID().

/** Seeded randomness with the few helpers sample data needs. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** A normally distributed number (Box-Muller). */
	normal(mean?: number, sd?: number): number;
	/** An RFC 4122 version-4 UUID made from this sequence, so generated ids are reproducible too. */
	uuid(): string;
	/**
	 * An independent sequence for `label`, fixed by this generator's seed and the label alone, so one part of a
	 * data set (say check-ins) does not change when another part draws more or fewer numbers.
	 */
	fork(label: string): Random;
}

/** FNV-1a, 32 bits: turns a seed string or label into a 32-bit number. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, passes the usual statistical tests well enough
 * for sample data, and uses only 32-bit integer arithmetic, so it gives the same numbers everywhere.
 */
function mulberry32(state: number): () => number {
	let a = state >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** A seeded generator; `seed` may be a number or any string. */
export function seededRandom(seed: number | string): Random {
	const key = String(seed);
	const next = mulberry32(hash(key));
	const random: Random = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('Cannot pick from an empty list.');
			return items[Math.floor(next() * items.length)] as (typeof items)[number];
		},
		normal: (mean = 0, sd = 1) => {
			const u = 1 - next();
			const v = next();
			return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		uuid: () => {
			const word = () => Math.floor(next() * 0x100000000);
			const [a, b, c, d] = [word(), word(), word(), word()];
			const version = (b & 0x0fff) | 0x4000;
			const variant = ((c >>> 16) & 0x3fff) | 0x8000;
			return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
		},
		fork: (label) => seededRandom(`${key}/${label}`)
	};
	return random;
}
