import { buildTimeline } from '../model/timeline.ts';
import { checkCompleteness } from '../model/completeness.ts';
import type { RevisionRecord } from '../model/types.ts';
import { suggestRegister, type SuggestedController } from './suggest.ts';
import type { ImportPlan } from './write-plan.ts';
import { allSections, type ImportedStatement } from './types.ts';

export interface ReportInput {
	plan: ImportPlan;
	file: string;
	format: string;
	version: string;
	stated: { sentence: string } | undefined;
	covered: { sourceChars: number; outputChars: number; missing: string[] };
	parsed: ImportedStatement;
	/** Controller facts found in the text. */
	suggested: SuggestedController;
	/** The statement folder, from the site folder. */
	dir: string;
	locale: string;
	statement: string;
}

/** What the import did and found, line by line: the files, the coverage, suggestions for a human, and what Art. 13 still needs. */
export function importReport(input: ReportInput): string[] {
	const { plan, covered } = input;
	const lines = [
		`astro-privacy import: ${input.file} (${input.format}) as version ${input.version} of \`${input.statement}\` (${input.locale})${input.stated ? `, dated by "${input.stated.sentence.trim()}"` : ''}.`,
		...plan.files.map((f) => `  ${input.dir}/${f.path}`),
		`Coverage: ${covered.sourceChars} characters of text in, ${covered.outputChars} out; ${covered.missing.length === 0 ? 'every sentence kept.' : `${covered.missing.length} sentence(s) dropped:`}`,
		...covered.missing.map((s) => `  - ${s}`),
		...input.parsed.relativeLinks.map((link) => `Relative link kept as written, check it on the new page: ${link}`),
	];
	const controller = Object.entries(input.suggested);
	if (controller.length > 0) {
		lines.push('Controller facts found in the text (suggestions: check them, then set them in the `controller` option):');
		for (const [field, value] of controller) lines.push(`  ${field}: ${JSON.stringify(value)}`);
	}
	const hints = suggestRegister(allSections(input.parsed.sections).map((s) => ({ heading: s.heading, text: s.markdown })));
	if (hints.length > 0) {
		lines.push('Register facts the text suggests (not written; add them as register files where they are right):');
		for (const hint of hints) lines.push(`  ${hint.section}: ${hint.suggestion}  ← "${hint.text.trim()}"`);
	}
	if (plan.kind === 'first') lines.push(...art13(input));
	return lines;
}

/** The GDPR Art. 13 findings of the imported statement, as the build will report them. */
function art13({ plan, version, statement, locale }: ReportInput): string[] {
	const revisions: RevisionRecord[] = plan.clauses.map((c) => ({
		entryId: `${statement}/${locale}/${c.id}/${version}`,
		statement,
		locale,
		clause: c.id,
		version,
		title: c.title,
		order: c.order,
		parent: c.parent,
		intro: c.intro,
		purposes: [],
		covers: [],
		sha256: '',
		file: `${locale}/${c.id}/${version}.mdx`,
	}));
	const source = {
		statement,
		id: version,
		summary: {},
		draft: false,
		material: false,
		removes: [],
		corrections: [],
		singleLanguage: [],
		controller: undefined,
		file: `versions/${version}.yaml`,
	};
	const model = buildTimeline([source], revisions, {
		buildDate: version,
		includeDrafts: false,
		defaultLocale: locale,
		// The site's contact block covers the controller's contact; of its facts the checks read only whether a
		// DPO is named, which the config says and the import does not know: these stand-ins name none.
		controller: { name: statement, email: 'privacy@example.invalid', address: ['—'] },
		contact: true,
	});
	const { open } = checkCompleteness(model, { defaultLocale: locale, locked: new Set(), art13: true });
	if (open.length === 0) return ['GDPR Art. 13: nothing missing.'];
	return [
		'GDPR Art. 13, what the statement still needs (declare what a clause states with `covers`, or add register files):',
		...open.map((p) => `  - ${p.message}`),
	];
}
