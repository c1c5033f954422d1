import type { Controller } from '../model/types.ts';

/** What a `components.ContactBlock` of the site's own receives. */
export interface ContactBlockProps {
	/** The controller facts of the version shown: name, addresses, e-mail, KvK, VAT, DPO, note per locale. */
	controller: Controller;
	/** The page's language, e.g. `nl`. */
	lang: string;
	/** The block's heading in that language, e.g. `Contactgegevens`. */
	title: string;
}

/**
 * What a `components.ClauseHeading` of the site's own receives. Render a heading of `level` with `id`, so
 * the contents, search hits and redlines still land on it.
 */
export interface ClauseHeadingProps {
	/** 2 for a section, 3 for a sub-section, and so on to 6. */
	level: 2 | 3 | 4 | 5 | 6;
	/** The clause's anchor, e.g. `retention`. */
	id: string;
	title: string;
	/** `2.1` with `numbering: 'decimal'`, else undefined. */
	number: string | undefined;
	/** The text's language, when it is not the page's (a missing translation shown in another). */
	lang: string | undefined;
}
