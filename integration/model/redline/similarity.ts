/**
 * The length of the longest common subsequence of two lists, which no diff of them can beat: the fewest
 * insertions and deletions between them are `a.length + b.length - 2 * lcsLength(a, b)`. Bit-parallel
 * (Hyyrö, 2004): one bit per item of `a`, one pass of word additions per item of `b`, no table and no
 * object per step, so a rewritten paragraph is known as one long before a diff would give up on it.
 */
export function lcsLength<T>(a: T[], b: T[]): number {
	const words = Math.ceil(a.length / 32);
	// Where each item occurs in `a`, as bits.
	const masks = new Map<T, Uint32Array>();
	a.forEach((item, i) => {
		let mask = masks.get(item);
		if (!mask) masks.set(item, (mask = new Uint32Array(words)));
		mask[i >>> 5]! |= 1 << (i & 31);
	});
	// A zero bit of `v` is an item of `a` in the common subsequence so far.
	const v = new Uint32Array(words).fill(0xffffffff);
	for (const item of b) {
		const mask = masks.get(item);
		if (!mask) continue;
		// v = (v + (v & mask)) | (v & ~mask), the sum carried across words.
		let carry = 0;
		for (let w = 0; w < words; w++) {
			const u = v[w]! & mask[w]!;
			const sum = v[w]! + u + carry;
			carry = sum > 0xffffffff ? 1 : 0;
			v[w] = (sum >>> 0) | (v[w]! & ~mask[w]!);
		}
	}
	let common = 0;
	for (let i = 0; i < a.length; i++) if ((v[i >>> 5]! & (1 << (i & 31))) === 0) common++;
	return common;
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
