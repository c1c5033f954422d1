import GithubSlugger from 'github-slugger';
import { PURPOSE_FACTS, purposeFactProblem, type PurposeFact } from './purpose.ts';
import { textFor } from './timeline.ts';
import type { ContentProblem, StatementModel } from './types.ts';
import { BASIS_LETTERS, type LegalBasisKey } from './vocabulary.ts';

/** What a clause text refers to outside itself: controller and purpose facts it prints, anchors it links to, its own headings, and the GDPR bases it cites. */
export interface References {
	fields: string[];
	/** The facts of its own purposes it prints, `<Purpose fact="…" purpose="2" />` (`purpose` 1-based); the self-contained check refuses the rest. */
	facts: { fact: PurposeFact; purpose: number | undefined }[];
	anchors: string[];
	headings: string[];
	/** The legal bases of Art. 6(1) the text cites, by their letter, e.g. `art. 6 lid 1 sub c AVG` as `legal-obligation`. */
	bases: LegalBasisKey[];
}

const BASIS_OF_LETTER = Object.fromEntries(Object.entries(BASIS_LETTERS).map(([basis, letter]) => [letter, basis as LegalBasisKey]));

/**
 * Art. 6(1) as Dutch and English statements cite it: `art. 6 lid 1 sub b AVG`, `artikel 6, eerste lid, onder c`,
 * `Art. 6(1)(f) GDPR`, `Article 6(1)(a)`. Only letter and number are read; the law's name varies.
 */
const BASIS_CITATION = /\bart(?:ikel|icle|\.)?\s*6\s*(?:(?:,\s*)?(?:lid\s*1|eerste\s+lid)(?:\s*,)?\s*(?:sub|onder)\s*([a-f])\b|\(1\)\s*\(([a-f])\))/gi;

/** The Art. 6(1) bases a text cites, each once, in the order first cited. */
export function citedBases(text: string): LegalBasisKey[] {
	return [...new Set([...text.matchAll(BASIS_CITATION)].map((m) => BASIS_OF_LETTER[(m[1] ?? m[2])!.toLowerCase()]!))];
}

/** Read from the MDX source; the self-contained check has already refused anything that would hide them. */
export function referencesIn(body: string): References {
	const slugger = new GithubSlugger();
	const headings = [...body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => slugger.slug(m[1]!.replace(/[*_`]|\[([^\]]*)\]\([^)]*\)/g, '$1')));
	const anchors = [...body.matchAll(/\]\(#([^)\s]+)\)|href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? m[2]!));
	const fields = [...body.matchAll(/<Controller\s+field="([^"]+)"/g)].map((m) => m[1]!);
	const facts = [...body.matchAll(/<Purpose\b([^>]*)>/g)]
		.map((m) => ({ fact: /\bfact="([^"]+)"/.exec(m[1]!)?.[1] as PurposeFact, purpose: Number(/\bpurpose="(\d+)"/.exec(m[1]!)?.[1]) || undefined }))
		.filter(({ fact }) => PURPOSE_FACTS.includes(fact));
	return { fields, facts, anchors, headings, bases: citedBases(body) };
}

/** Anchors the package itself puts on a version page. */
const PAGE_ANCHORS = new Set(['policy-contact', 'policy-register']);

/**
 * Problems a page would only show once built: a `<Controller />` fact the version's controller does not
 * have, a `<Purpose />` fact the clause's purpose does not have, and a link to an anchor that is not on the
 * version's page. Found here, before anything is written.
 */
export function checkReferences(model: StatementModel, references: Map<string, References>): ContentProblem[] {
	const problems = new Map<string, ContentProblem>();
	for (const version of model.versions) {
		const facts = version.controller as Record<string, unknown>;
		const ids = new Set(version.clauses.map((c) => c.clause));
		for (const clause of version.clauses) {
			for (const revision of Object.values(clause.revisions)) {
				const refs = references.get(revision.entryId);
				if (!refs) continue;
				const report = (problem: Omit<ContentProblem, 'file'>) => problems.set(`${revision.file}|${problem.message}`, { file: revision.file, ...problem });
				for (const field of refs.fields) {
					const fact = field.startsWith('dpo') ? 'dpo' : field;
					if (facts[fact] === undefined) {
						report({
							message: `the text prints \`<Controller field="${field}" />\`, but the controller facts of version ${version.id} have no \`${fact}\`.`,
							hint: `Add \`${fact}\` to the \`controller\` option (or, from a later version on, under \`controller:\` in its version file), or remove the component.`,
						});
					}
				}
				for (const { fact, purpose } of refs.facts) {
					const problem = purposeFactProblem(fact, revision.purposes, purpose);
					if (problem) report(problem);
				}
				for (const anchor of refs.anchors) {
					const [owner, heading] = anchor.split('--') as [string, string | undefined];
					// The headings of the text this locale's page shows: a missing translation shows another language's.
					const headingsOf = (id: string) =>
						references.get(
							textFor(
								version.clauses.find((c) => c.clause === id)!,
								revision.locale,
							).entryId,
						)?.headings ?? [];
					const found =
						PAGE_ANCHORS.has(anchor) ||
						(heading === undefined ? ids.has(anchor) || refs.headings.includes(anchor) : ids.has(owner) && headingsOf(owner).includes(heading));
					if (!found) {
						report({
							message: `the text links to \`#${anchor}\`, which is neither a clause nor a heading on the page of version ${version.id}.`,
							hint: 'Link to a clause by its folder name (`#retention`), to a heading in this clause by its text (`#logs`), or to one in another clause as `#<clause>--<heading>`.',
						});
					}
				}
			}
		}
	}
	return [...problems.values()];
}
