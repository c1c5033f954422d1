/**
 * How alike two texts are: the Dice coefficient of their character pairs (1 for the same text, 0 for
 * nothing in common), so "accountant" and "accountants" are alike. Linear in the length of the texts,
 * unlike a character diff, which is quadratic in the worst case.
 */
export function similarity(a: string, b: string): number {
	const pairs = (text: string) => {
		const clean = text.toLowerCase().replace(/\s+/g, ' ').trim();
		const out: string[] = [];
		for (let i = 0; i < clean.length - 1; i++) out.push(clean.slice(i, i + 2));
		return out;
	};
	const left = pairs(a);
	const right = pairs(b);
	if (left.length + right.length === 0) return a.trim() === b.trim() ? 1 : 0;
	const counts = new Map<string, number>();
	for (const pair of left) counts.set(pair, (counts.get(pair) ?? 0) + 1);
	let shared = 0;
	for (const pair of right) {
		const count = counts.get(pair) ?? 0;
		if (count > 0) {
			shared++;
			counts.set(pair, count - 1);
		}
	}
	return (2 * shared) / (left.length + right.length);
}
