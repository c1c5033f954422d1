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

type Receiver = (record: SearchRecordData) => void;
const RECEIVER = Symbol.for('astro-privacy.search-receiver');
type Store = { [RECEIVER]?: Receiver };

/** Hands one record to the index of the build under way, as soon as its page renders it. */
export function collectSearchRecord(record: SearchRecordData) {
	const receive = (globalThis as Store)[RECEIVER];
	// A page renders records only in a build with search on, which starts its index first.
	if (!receive) throw new Error(`astro-privacy: the search record of clause "${record.clause}" was rendered with no search index started.`);
	receive(record);
}

/** Where the records go from now on; `undefined` when the build has taken them all. */
export function receiveSearchRecords(receiver: Receiver | undefined) {
	if (receiver) (globalThis as Store)[RECEIVER] = receiver;
	else delete (globalThis as Store)[RECEIVER];
}
