export type SourceFormat = 'html' | 'markdown' | 'text';

export interface ImportedSection {
	/** The heading as the source shows it, without its number, e.g. `Bewaartermijn`. */
	heading: string;
	/** The number the source gives it, e.g. `3`, `3.2`, `Artikel 3`; undefined when unnumbered. */
	number?: string;
	/** The section's own text as MDX-safe Markdown (paragraphs, lists, GFM tables, bold, links, e-mail addresses), not its sub-sections. */
	markdown: string;
	children: ImportedSection[];
}

/** Every section and sub-section, in reading order. */
export function allSections(sections: ImportedSection[]): ImportedSection[] {
	return sections.flatMap((s) => [s, ...allSections(s.children)]);
}

export interface ImportedStatement {
	title: string | undefined;
	/** Markdown of the text before the first section heading, or undefined. */
	intro: string | undefined;
	sections: ImportedSection[];
	/** Relative links found (reported by the CLI; kept in the text). */
	relativeLinks: string[];
}

/**
 * Input the importer cannot use; `hint` says what to do about it. A plain field, not a parameter
 * property: the bin runs this file under Node, which only strips types.
 */
export class ImportError extends Error {
	readonly hint: string;

	constructor(message: string, hint: string) {
		super(message);
		this.name = 'ImportError';
		this.hint = hint;
	}
}
