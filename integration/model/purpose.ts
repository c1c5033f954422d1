import { digestOf } from './digest.ts';
import type { Processing, RevisionRecord } from './types.ts';

const digests = new WeakMap<Processing, string>();

/**
 * The key of a clause text as a page shows it: the revision, the controller facts and its purpose's register
 * facts, which are shown with it and need not change when its text does. A text is rendered (and indexed)
 * once per key, so two versions that show it with other facts show each their own.
 */
export function shownTextKey(revision: RevisionRecord, controllerDigest: string): string {
	const facts = revision.processing;
	if (!facts) return `${revision.entryId}@${controllerDigest}`;
	let digest = digests.get(facts);
	if (digest === undefined) digests.set(facts, (digest = digestOf(facts)));
	return `${revision.entryId}@${controllerDigest}@${digest}`;
}
