/**
 * The pure content model: plain data and functions, no Astro at run time (its types come from the zod
 * schemas). Produced by the loader, consumed by routes and unit tests.
 */
import type { Controller, ControllerChange } from './schema/controller.ts';
import type { Processing } from './schema/processing.ts';
import type { Cookie, RegisterFacts } from './schema/register.ts';
import type { SingleLanguageChange } from './schema/version.ts';
import type { CoveredItem } from './vocabulary.ts';

export type { Controller, ControllerChange, Cookie, Processing };

/** A version record, `content/<statement>/versions/<id>.yaml`. Its id is its effective date. */
export interface VersionRecord {
	statement: string;
	/** Effective date, `YYYY-MM-DD`. */
	id: string;
	/** Short summary of the change, per locale. */
	summary: Record<string, string>;
	draft: boolean;
	material: boolean;
	/** Clause ids that this version removes. */
	removes: string[];
	corrections: Correction[];
	/** Clauses changed in one language only, with the reason. */
	singleLanguage: SingleLanguageChange[];
	/** Controller facts that change in this version. */
	controller: ControllerChange | undefined;
	/** Whether the contact block shows from this version on, when the version file says. */
	contact?: boolean | undefined;
	/** Path from the project root, for error messages. */
	file: string;
}

/** An editorial correction to a published clause text, recorded instead of applied silently. */
export interface Correction {
	date: string;
	clause: string;
	locale: string;
	note: string;
}

/** One clause text in one locale, taking effect in one version: `content/<statement>/<locale>/<clause>/<version>.mdx`. */
export interface RevisionRecord {
	/** Content collection entry id, used to render the MDX. */
	entryId: string;
	statement: string;
	locale: string;
	clause: string;
	/** The version this text takes effect in. */
	version: string;
	title: string;
	order: number;
	summary?: string | undefined;
	/** The clause this one is a sub-section of. */
	parent?: string | undefined;
	/** The statement's opening text, shown without its title. */
	intro: boolean;
	/** The register facts of each purpose the clause describes (none, one, or several); free text in this locale. */
	purposes: Processing[];
	/** The cookies the clause lists, from its register file; free text in this locale. */
	cookies?: Cookie[] | undefined;
	/** GDPR items the clause states, for the completeness checks. */
	covers: CoveredItem[];
	/** SHA-256 of the file after `normalizeText`, hex. */
	sha256: string;
	file: string;
}

/** A register file, `content/<statement>/register/<clause>/<version>.yaml`: a clause's facts for every locale. */
export interface RegisterRecord {
	entryId: string;
	statement: string;
	clause: string;
	/** The version these facts take effect in. */
	version: string;
	/** As written: free texts are strings, or one per locale. */
	processing?: RegisterFacts['processing'];
	purposes?: RegisterFacts['purposes'];
	cookies?: RegisterFacts['cookies'];
	/** SHA-256 of the file after `normalizeText`, hex. */
	sha256: string;
	file: string;
}

/** Where the checks report what a reader of the build log should see: Astro's logger, or a test's. */
export interface Logger {
	info(message: string): void;
	warn(message: string): void;
}

/** A problem in the content that stops the build. */
export interface ContentProblem {
	file: string;
	/** The frontmatter field or version-file key at fault, when there is one. */
	field?: string;
	message: string;
	hint: string;
}

export type VersionStatus = 'current' | 'earlier' | 'upcoming' | 'draft';
type ClauseChange = 'added' | 'changed' | 'unchanged';

/** A clause as it stands in one version. */
export interface ClauseInVersion {
	clause: string;
	order: number;
	/**
	 * The text in force per locale; its `version` is when the clause last changed in that locale. A locale is
	 * absent when the translation is missing (`missingTranslation: 'notice'`).
	 */
	revisions: Record<string, RevisionRecord>;
	change: ClauseChange;
	/** Locales whose text this version added or changed; all of them for an added clause, none when unchanged. */
	changedIn: string[];
	/** The register file in force, whose facts every revision carries in its own locale. */
	register: RegisterRecord | undefined;
	/** The clause this one is a sub-section of, in this version. */
	parent: string | undefined;
	/** 0 for a top-level clause, 1 under a section, and so on. */
	depth: number;
	/** Its number in the version, `2` or `2.1`; none for the intro. Derived, so renumbering changes no text. */
	number: string | undefined;
	intro: boolean;
}

export interface ResolvedVersion {
	id: string;
	status: VersionStatus;
	/** The version file as written: summary, material, corrections and the rest. */
	source: VersionRecord;
	/** The controller facts this version shows. */
	controller: Controller;
	/** SHA-256 of their canonical JSON: what the lock records, and the key of texts rendered with them. */
	controllerDigest: string;
	/** The controller facts differ from the previous version's. */
	controllerChanged: boolean;
	/** The page shows the built-in contact block: the statement's `contact` option, or the latest version file that set it. */
	contact: boolean;
	previous: string | undefined;
	next: string | undefined;
	/** The day before the next version takes effect, for earlier versions. */
	until: string | undefined;
	clauses: ClauseInVersion[];
	/** Clauses of the previous version that this one removes, with their last texts. */
	removed: ClauseInVersion[];
}

export interface StatementModel {
	statement: string;
	/** Oldest first. Drafts only when they are included. */
	versions: ResolvedVersion[];
	current: ResolvedVersion | undefined;
	/** The nearest upcoming version, announced on the current page. */
	upcoming: ResolvedVersion | undefined;
}
