/**
 * Section numbers as statements write them: `3`, `3.`, `3.2`, `3.2.1`, `Artikel 3`, `Art. 3:`, `§ 3`,
 * followed by the heading. The heading must begin with a capital, so `7 jaar bewaren` is not section 7.
 */
const NUMBERED =
	/^(?<number>(?:(?:[Aa]rtikel|[Aa]rticle|[Aa]rt\.|[Hh]oofdstuk|[Cc]hapter|[Pp]aragraaf|[Ss]ection|§)\s*)?\d{1,3}(?:\.\d{1,3})*)(?:\.|\))?(?:\s*[:–—-]\s*|\s+)(?<heading>(?!\p{Ll})\S.*)$/u;

/** A number written at the start of a line: what the coverage check leaves out, since the number moves into `number`. */
export const LEADING_NUMBER =
	/^(?:(?:[Aa]rtikel|[Aa]rticle|[Aa]rt\.|[Hh]oofdstuk|[Cc]hapter|[Pp]aragraaf|[Ss]ection|§)\s*)?\d{1,3}(?:\.\d{1,3})*(?:\.|\))?(?:\s*[:–—-])?(?:\s+|$)/u;

export function splitNumber(text: string): { number?: string; heading: string } {
	const match = NUMBERED.exec(text);
	return match?.groups ? { number: match.groups.number, heading: match.groups.heading.trim() } : { heading: text };
}

/** `Artikel 3.2` is [3, 2]: the numbers that say which section holds which. */
export function numberPath(number: string | undefined): number[] {
	return (
		/\d+(?:\.\d+)*/
			.exec(number ?? '')?.[0]
			.split('.')
			.map(Number) ?? []
	);
}

/** A bullet a page or a copy of it shows before a list item. */
export const BULLET = /^[-•*–·▪●◦‣]\s+/u;
