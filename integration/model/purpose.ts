import { digestOf } from './digest.ts';
import { legalBases } from './schema/processing.ts';
import type { Processing, RevisionRecord } from './types.ts';

/** What `<Purpose fact="…" />` can print in a clause: a fact of the clause's own purpose. */
export const PURPOSE_FACTS = ['data', 'bases', 'retention', 'recipients'] as const;
export type PurposeFact = (typeof PURPOSE_FACTS)[number];

/** The field of `processing` each fact is written under. */
const FIELDS: Record<PurposeFact, string> = { data: 'data', bases: 'basis', retention: 'retention', recipients: 'recipients' };

const has: Record<PurposeFact, (facts: Processing) => boolean> = {
	// Data may be given in words only (`otherData`).
	data: (facts) => (facts.data?.length ?? 0) + (facts.otherData?.length ?? 0) > 0,
	bases: (facts) => legalBases(facts).length > 0,
	retention: (facts) => facts.retention !== undefined,
	recipients: (facts) => (facts.recipients?.length ?? 0) > 0,
};

/**
 * Why a clause text cannot print `<Purpose fact="…" />` with its purposes' facts; undefined when it can. A clause
 * of several purposes names which with `purpose="n"`, its position in the register file.
 */
export function purposeFactProblem(fact: PurposeFact, purposes: Processing[], position?: number): { message: string; hint: string } | undefined {
	const component = `\`<Purpose fact="${fact}"${position ? ` purpose="${position}"` : ''} />\``;
	if (purposes.length === 0) {
		return {
			message: `the text prints ${component}, but the clause is not a purpose of processing: it has no register facts (\`processing\`).`,
			hint: `Add the purpose's facts under \`processing\` (see "The processing register" in the astro-privacy docs), or remove the component.`,
		};
	}
	if (position === undefined ? purposes.length > 1 : position > purposes.length) {
		return {
			message: `the text prints ${component}, but the clause describes ${purposes.length} purpose${purposes.length > 1 ? 's' : ''}.`,
			hint: `Say which with \`purpose="1"\` to \`purpose="${purposes.length}"\`, their order under \`purposes\` in the register file.`,
		};
	}
	const facts = purposes[(position ?? 1) - 1]!;
	if (!has[fact](facts)) {
		return {
			message: `the text prints ${component}, but the purpose's register facts have no \`${FIELDS[fact]}\`.`,
			hint: `Add \`${FIELDS[fact]}\` to the purpose's facts, or remove the component.`,
		};
	}
	return undefined;
}

const digests = new WeakMap<RevisionRecord, string>();

/** SHA-256 of the register facts a text is shown with (its purposes and cookies), once per revision object. */
export function factsDigest(revision: RevisionRecord): string {
	let digest = digests.get(revision);
	if (digest === undefined) digests.set(revision, (digest = digestOf([revision.purposes, revision.cookies ?? null])));
	return digest;
}

/**
 * The key of a clause text as a page shows it: the revision, the controller facts and its register facts
 * (a purpose's, or a cookie table), which are shown with it and need not change when its text does. A text
 * is rendered (and indexed) once per key, so two versions that show it with other facts show each their own.
 */
export function shownTextKey(revision: RevisionRecord, controllerDigest: string): string {
	if (revision.purposes.length === 0 && !revision.cookies) return `${revision.entryId}@${controllerDigest}`;
	return `${revision.entryId}@${controllerDigest}@${factsDigest(revision)}`;
}
