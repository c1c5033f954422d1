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

/**
 * How alike two texts are: the Dice coefficient of their character pairs (1 for the same text, 0 for
 * nothing in common), so "accountant" and "accountants" are alike. Linear in the length of the texts,
 * unlike a character diff, which is quadratic in the worst case.
 */
export function similarity(a: string, b: string): number {
	// Each pair as one number (two UTF-16 code units), cheaper to count than a two-character string.
	const pairs = (text: string) => {
		const clean = text.toLowerCase().replace(/\s+/g, ' ').trim();
		const out: number[] = [];
		for (let i = 0; i < clean.length - 1; i++) out.push(clean.charCodeAt(i) * 65536 + clean.charCodeAt(i + 1));
		return out;
	};
	const left = pairs(a);
	const right = pairs(b);
	if (left.length + right.length === 0) return a.trim() === b.trim() ? 1 : 0;
	return (2 * sharedCount(left, right)) / (left.length + right.length);
}
