/** How many items the two lists have in common, counting repeats: the size of their multiset intersection. */
export function sharedCount<T>(a: T[], b: T[]): number {
	const counts = new Map<T, number>();
	for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1);
	let shared = 0;
	for (const item of b) {
		const count = counts.get(item) ?? 0;
		if (count > 0) {
			shared++;
			counts.set(item, count - 1);
		}
	}
	return shared;
}

/** A text as `similarity` reads it, made once per block however many blocks it is compared with. */
export interface TextProfile {
	/** Each pair of characters as one number, sorted. */
	pairs: Uint32Array;
	/** The text, for texts too short for a pair. */
	text: string;
}

/**
 * Each pair of characters as one number (two UTF-16 code units) in a typed array: a pair above 2^30 would
 * be a boxed number in a plain array or a Map, one allocation per pair of every block compared.
 */
export function profile(text: string): TextProfile {
	const clean = text.toLowerCase().replace(/\s+/g, ' ').trim();
	const pairs = new Uint32Array(Math.max(clean.length - 1, 0));
	for (let i = 0; i < pairs.length; i++) pairs[i] = clean.charCodeAt(i) * 65536 + clean.charCodeAt(i + 1);
	return { pairs: pairs.sort(), text: clean };
}

/**
 * How alike two texts are: the Dice coefficient of their character pairs (1 for the same text, 0 for
 * nothing in common), so "accountant" and "accountants" are alike. Near-linear in the length of the texts
 * (each side's pairs are sorted once), unlike a character diff, which is quadratic in the worst case.
 */
export function similarity(a: TextProfile, b: TextProfile): number {
	if (a.pairs.length + b.pairs.length === 0) return a.text === b.text ? 1 : 0;
	return (2 * sharedSorted(a.pairs, b.pairs)) / (a.pairs.length + b.pairs.length);
}

/** The size of the multiset intersection of two sorted lists, in one pass over both. */
function sharedSorted(a: Uint32Array, b: Uint32Array): number {
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i]! < b[j]!) i++;
		else if (a[i]! > b[j]!) j++;
		else {
			shared++;
			i++;
			j++;
		}
	}
	return shared;
}
