import { digestOf } from './digest.ts';
import { legalBases } from './schema/processing.ts';
import { textFor } from './timeline.ts';
import type { ClauseInVersion, ContentProblem, Processing } from './types.ts';
import type { CoveredItem } from './vocabulary.ts';

/** "As long as necessary" and its kin name no period and no criteria (Art. 13(2)(a)). */
const VAGUE_RETENTION =
	/^\s*(zo ?lang( als| dat)?( dit| het)? (nodig|noodzakelijk)( is)?|niet langer dan (nodig|noodzakelijk)( is)?|as long as (is )?(necessary|needed|required)|no longer than (is )?(necessary|needed))\s*\.?\s*$/i;

/**
 * The Art. 13 items each purpose of a clause must give: a legal basis, the interest, a way to withdraw consent,
 * a concrete retention and a safeguard per transfer; and every language must carry the same facts. Problems
 * name the register file where the facts are written once, else the default language's text.
 */
export function checkPurposes(clause: ClauseInVersion, covered: Set<CoveredItem>, defaultLocale: string, report: (p: ContentProblem) => void) {
	const first = textFor(clause, defaultLocale);
	const texts = [first, ...Object.values(clause.revisions).filter((t) => t !== first)];
	const shapes = texts.map((t) => (t.purposes.length > 0 ? digestOf(t.purposes.map(languageNeutral)) : 'none'));
	if (new Set(shapes).size > 1) {
		report({
			file: first.file,
			field: 'processing',
			message: `the languages state different register facts for \`${clause.clause}\`: ${texts
				.map((t, i) => `${t.file} ${shapes[i] === 'none' ? 'has none' : 'has other facts'}`)
				.slice(1)
				.join(', ')} (GDPR Art. 12(1): the same information in every language).`,
			hint: 'Give every language the same data categories, basis, periods, roles, countries and safeguards; only the free text is translated.',
		});
	}
	const file = clause.register?.file ?? first.file;
	for (const [index, facts] of first.purposes.entries()) {
		const at = clause.register?.purposes ? `purposes[${index}]` : 'processing';
		const name = facts.purpose ? `purpose "${facts.purpose}" of \`${clause.clause}\`` : `purpose \`${clause.clause}\``;
		const criteria = texts.flatMap((t) => {
			const own = t.purposes[index];
			const from = clause.register?.file ?? t.file;
			return [
				{ file: from, field: `${at}.retention.criteria`, criteria: own?.retention?.criteria },
				...legalBases(own ?? {}).map((b, i) => ({ file: from, field: `${at}.basis[${i}].retention.criteria`, criteria: b.retention?.criteria })),
			];
		});
		checkPurpose({ facts, name, at, file, covered, criteria }, report);
	}
}

interface OnePurpose {
	facts: Processing;
	name: string;
	/** Where its facts are written: `processing`, or `purposes[n]` in a register file. */
	at: string;
	file: string;
	covered: Set<CoveredItem>;
	/** Every language's retention criteria, the purpose's and each basis's. */
	criteria: { file: string; field: string; criteria: string | undefined }[];
}

function checkPurpose({ facts, name, at, file, covered, criteria }: OnePurpose, report: (p: ContentProblem) => void) {
	const bases = legalBases(facts).map((b) => b.basis);
	if (bases.length === 0) {
		report({
			file,
			field: `${at}.basis`,
			message: `${name} names no legal basis (GDPR Art. 13(1)(c)).`,
			hint: `Add \`basis:\` under \`${at}\`: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.`,
		});
	}
	if (bases.includes('legitimate-interests') && !facts.interest && !covered.has('legitimate-interests')) {
		report({
			file,
			field: `${at}.interest`,
			message: `${name} rests on legitimate interests but does not say which interest (GDPR Art. 13(1)(d)).`,
			hint: `Add \`interest:\` under \`${at}\`, e.g. \`interest: Het beveiligen van onze servers tegen misbruik.\`, or \`covers: [legitimate-interests]\` to the clause that states it.`,
		});
	}
	if (bases.includes('consent') && !facts.withdraw && !covered.has('withdrawal')) {
		report({
			file,
			field: `${at}.withdraw`,
			message: `${name} rests on consent but does not say how to withdraw it (GDPR Art. 13(2)(c)).`,
			hint: `Add \`withdraw:\` under \`${at}\` (how to withdraw, and that it does not affect earlier processing), or \`covers: [withdrawal]\` to the clause that explains it.`,
		});
	}
	if (!facts.retention && !covered.has('retention')) {
		report({
			file,
			field: `${at}.retention`,
			message: `${name} does not say how long the data is kept (GDPR Art. 13(2)(a)).`,
			hint: `Add \`retention:\` under \`${at}\`: a \`period\` such as \`{ years: 7 }\`, with an optional \`after\` event, or the \`criteria\` that decide it; or \`covers: [retention]\` to the clause that gives it.`,
		});
	}
	// Every language's words: "as long as necessary" in one next to real criteria in the other is still vague.
	const seen = new Set<string>();
	for (const { file, field, criteria: words } of criteria) {
		if (words && !seen.has(words) && VAGUE_RETENTION.test(words)) {
			seen.add(words);
			report({
				file,
				field,
				message: `${name} keeps the data "${words.trim()}", which names neither a period nor the criteria for one (GDPR Art. 13(2)(a)).`,
				hint: 'Give a `period`, or criteria a reader can apply, e.g. `tot zes maanden na het einde van uw contract`.',
			});
		}
	}
	for (const [index, transfer] of (facts.transfers ?? []).entries()) {
		if (!transfer.safeguard) {
			report({
				file,
				field: `${at}.transfers[${index}].safeguard`,
				message: `${name} sends data to ${transfer.country} without naming the safeguard (GDPR Art. 13(1)(f)).`,
				hint: 'Add `safeguard:` to the transfer: adequacy, scc, bcr or derogation.',
			});
		}
	}
}

const given = (text: string | undefined) => text !== undefined;
const neutralRetention = (retention: NonNullable<Processing['retention']>) => ({
	period: retention.period,
	after: given(retention.after),
	criteria: given(retention.criteria),
});

/** The facts every language must share: terms, periods and countries, and which free texts are given, not their words. */
export function languageNeutral(facts: Processing): unknown {
	return {
		...facts,
		purpose: given(facts.purpose),
		otherData: facts.otherData?.length ?? 0,
		interest: given(facts.interest),
		withdraw: given(facts.withdraw),
		source: given(facts.source),
		basis: legalBases(facts).map((b) => ({ ...b, retention: b.retention && neutralRetention(b.retention), law: given(b.law) })),
		retention: facts.retention && neutralRetention(facts.retention),
		recipients: facts.recipients?.map((r) => r.role),
		transfers: facts.transfers?.map((t) => ({ ...t, recipient: given(t.recipient) })),
		requirement: facts.requirement && { by: facts.requirement.by, consequence: given(facts.requirement.consequence) },
	};
}
