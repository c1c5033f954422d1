/**
 * A synthetic privacy statement for the benchmark: N clauses × V versions × 2 locales, a share of the
 * clauses changing in each version, realistic paragraphs with lists and links. Deterministic from a seed.
 */

export interface PolicyShape {
	clauses: number;
	versions: number;
	/** Share of clauses whose text changes in each version after the first, e.g. 0.1. */
	churn: number;
	/** `small`: a few words change per changed clause; `rewrite`: the whole clause is new. */
	style: 'small' | 'rewrite';
	seed: number;
}

export interface Revision {
	clause: number;
	locale: 'nl' | 'en';
	version: string;
	mdx: string;
}

export interface GeneratedPolicy {
	/** Version ids, oldest first. */
	versions: string[];
	/** Every distinct revision: the texts a version changes. */
	revisions: Revision[];
	/** For each version, the revision in force per clause and locale. */
	inForce: Map<string, Revision[]>;
}

const WORDS = {
	nl: 'wij verwerken uw gegevens voor de uitvoering van de overeenkomst en bewaren facturen zeven jaar omdat de wet dat eist onze registrar betaalprovider boekhoudpakket serverlogs toestemming bezwaar inzage klant account domeinnaam hosting ondersteuning beveiliging verwerker ontvanger bewaartermijn grondslag gerechtvaardigd belang'.split(
		' ',
	),
	en: 'we process your data to perform the contract and keep invoices for seven years because the law requires it our registrar payment provider accounting software server logs consent objection access customer account domain name hosting support security processor recipient retention period legal basis legitimate interest'.split(
		' ',
	),
};

/** mulberry32: a small, well-known seeded generator, so every run writes the same statement. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function generatePolicy(shape: PolicyShape): GeneratedPolicy {
	const rnd = random(shape.seed);
	const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
	const sentence = (locale: 'nl' | 'en', words: number) => {
		const text = Array.from({ length: words }, () => pick(WORDS[locale])).join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	};
	const body = (locale: 'nl' | 'en', clause: number) =>
		[
			`${sentence(locale, 14)} ${sentence(locale, 18)} ${sentence(locale, 12)}`,
			'',
			...Array.from({ length: 3 }, () => `- ${sentence(locale, 6)}`),
			'',
			`${sentence(locale, 10)} [${pick(WORDS[locale])}](https://example.nl/${clause}) ${sentence(locale, 16)}`,
		].join('\n');
	// A small edit replaces a few words of the text before.
	const edit = (text: string, locale: 'nl' | 'en') => {
		const words = text.split(' ');
		for (let changed = 0; changed < 3;) {
			const i = 1 + Math.floor(rnd() * (words.length - 2));
			const word = pick(WORDS[locale]);
			if (/^[a-z]+$/.test(words[i]!) && words[i] !== word) {
				words[i] = word;
				changed++;
			}
		}
		return words.join(' ');
	};
	const versions = Array.from({ length: shape.versions }, (_, i) => new Date(Date.UTC(2000 + Math.floor(i / 12), i % 12, 1)).toISOString().slice(0, 10));
	const revisions: Revision[] = [];
	const inForce = new Map<string, Revision[]>();
	const current = new Map<string, Revision>();
	const titles = { nl: 'Onderdeel', en: 'Section' };
	const summaries = { nl: 'in het kort: wat wij hier doen', en: 'in short: what we do here' };
	const mdx = (locale: 'nl' | 'en', clause: number, text: string) =>
		`---\ntitle: ${titles[locale]} ${clause + 1}\norder: ${(clause + 1) * 10}\nsummary: '${titles[locale]} ${clause + 1}, ${summaries[locale]}.'\n---\n\n${text}\n`;
	versions.forEach((version, index) => {
		const changing =
			index === 0 ? Array.from({ length: shape.clauses }, (_, c) => c) : Array.from({ length: shape.clauses }, (_, c) => c).filter(() => rnd() < shape.churn);
		for (const clause of changing) {
			for (const locale of ['nl', 'en'] as const) {
				const before = current.get(`${locale}/${clause}`);
				const text = before && shape.style === 'small' ? edit(before.mdx.split('\n---\n\n')[1]!.trim(), locale) : body(locale, clause);
				const revision = { clause, locale, version, mdx: mdx(locale, clause, text) };
				revisions.push(revision);
				current.set(`${locale}/${clause}`, revision);
			}
		}
		inForce.set(version, [...current.values()]);
	});
	return { versions, revisions, inForce };
}
