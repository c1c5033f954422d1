/**
 * The search records of a build, handed from the pages that render them to the index the integration
 * builds meanwhile. The pages run in Astro's bundle and the hook in the integration, two copies of this
 * module in one process, so the receiver lives on `globalThis` under a registered symbol both copies find.
 */

/** One distinct clause text, as the index gets it. */
export interface SearchRecordData {
	/** The page and anchor a hit links to. */
	url: string;
	/** The language of the text, which Pagefind indexes under. */
	lang: string;
	title: string;
	summary: string | undefined;
	/** The clause text as rendered, HTML. */
	html: string;
	/** A purpose's register facts as its page lists them, labelled ("Bewaartermijn": "6 weken"); none for other clauses. */
	facts: { label: string; values: string[] }[];
	statement: string;
	/** The statement's name in this language, shown when a search spans statements. */
	statementTitle: string;
	clause: string;
	/** The versions the text is in force in, oldest first, and their statuses. */
	versions: string[];
	statuses: string[];
	/** "In the version of …" or "In the versions of … to …". */
	label: string;
}

/** What the index of the build under way takes: each record, and word when every page has handed over its records. */
export interface RecordCollector {
	receive(record: SearchRecordData): void;
	complete(): void;
	/** Each statement and language whose records are to come, as `statement|locale`. */
	sources: string[];
}

const INDEX = Symbol.for('astro-privacy.search-index');
interface Collection {
	collector: RecordCollector;
	/** Sources no page has rendered the records of yet. */
	unclaimed: Set<string>;
	/** How many records of each source its page has still to hand over. */
	pending: Map<string, number>;
}
type Store = { [INDEX]?: Collection };

const source = (statement: string, locale: string) => `${statement}|${locale}`;

/** The sources of a build: every statement has pages, and so records, in every language. */
export const recordSources = (statements: string[], locales: string[]) => statements.flatMap((s) => locales.map((l) => source(s, l)));

function collection(what: string): Collection {
	const index = (globalThis as Store)[INDEX];
	// A page renders records only in a build with search on, which starts its index first.
	if (!index) throw new Error(`astro-privacy: ${what} reached no search index: none was started for this build.`);
	return index;
}

/**
 * Whether this page renders the records of its statement in its language: the first page of them the build
 * renders does, whichever kind it is, so Pagefind indexes while all the others render.
 */
export function firstToCollect(statement: string, locale: string): boolean {
	const index = (globalThis as Store)[INDEX];
	const key = source(statement, locale);
	if (!index?.unclaimed.delete(key)) return false;
	index.pending.set(key, Infinity); // until the page counts them: pages may render side by side
	return true;
}

/** How many records the page collecting them will hand over. */
export function expectSearchRecords(statement: string, locale: string, count: number) {
	const index = collection(`the search records of "${statement}" (${locale})`);
	index.pending.set(source(statement, locale), count);
	completeIfDone(index);
}

/** Hands one record of the statement in the page's language to the index, as soon as its page renders it. */
export function collectSearchRecord(locale: string, record: SearchRecordData) {
	const index = collection(`the search record of clause "${record.clause}"`);
	index.collector.receive(record);
	const key = source(record.statement, locale);
	index.pending.set(key, index.pending.get(key)! - 1);
	completeIfDone(index);
}

function completeIfDone(index: Collection) {
	if (index.unclaimed.size > 0 || [...index.pending.values()].some((n) => n > 0)) return;
	delete (globalThis as Store)[INDEX];
	index.collector.complete();
}

/** Where the records of the build starting go; `undefined` when no index takes them. */
export function receiveSearchRecords(collector: RecordCollector | undefined) {
	if (collector) (globalThis as Store)[INDEX] = { collector, unclaimed: new Set(collector.sources), pending: new Map() };
	else delete (globalThis as Store)[INDEX];
}
