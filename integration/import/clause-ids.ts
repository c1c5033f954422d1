const MAX = 60;

/**
 * A clause id from a heading: its words in lower case, without diacritics, joined by dashes, as an anchor
 * reads (`Welke persoonsgegevens verwerken wij?` → `welke-persoonsgegevens-verwerken-wij`). Cut at a word
 * boundary so anchors stay short; `policy-` is the package's own prefix, so such a heading gets `clause-`.
 */
export function slugOf(heading: string): string {
	const words = heading
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > MAX && slug) break;
		slug = next.slice(0, MAX);
	}
	if (!slug) return 'clause';
	return slug.startsWith('policy-') || slug === 'policy' ? `clause-${slug}` : slug;
}

/** Ids for headings, unique among themselves and the ids already `taken`: a repeated heading gets `-2`, `-3`. */
export function uniqueIds(headings: string[], taken: Iterable<string> = []): string[] {
	const used = new Set(taken);
	return headings.map((heading) => {
		const base = slugOf(heading);
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	});
}
