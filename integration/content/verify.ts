import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatIssues } from '../config/errors.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import type { RunRequest } from '../config/run.ts';
import { compareWithReference } from '../model/lock/index.ts';
import { PolicyExportSchema, type PolicyExport } from '../model/schema/export.ts';
import { publishedRecords } from '../model/record.ts';
import type { LockFile } from '../model/lock/index.ts';
import type { ContentProblem, Logger, StatementModel, VersionRecord } from '../model/types.ts';

/** A statement that passed the loader's checks, as verify compares it. */
export interface CheckedStatement {
	statement: string;
	model: StatementModel;
	versions: VersionRecord[];
	lock: LockFile | undefined;
}


/**
 * Compares the records computed from the content (after a full build, so every text compiled) with
 * published ones. A difference is a problem unless a
 * correction recorded since accounts for it; that is reported, not hidden.
 */
export async function verifyAgainst(
	request: Extract<RunRequest, { kind: 'verify' }>,
	statements: CheckedStatement[],
	{ base, config, logger }: { base: string; config: Pick<ResolvedConfig, 'statements' | 'base'>; logger: Logger },
): Promise<ContentProblem[]> {
	const problems: ContentProblem[] = [];
	for (const target of request.against) {
		for (const { statement, model, versions } of statements) {
			const statementBase = config.statements.find((s) => s.id === statement)!.base;
			// A site is read at its URL, under Astro's `base`; a build folder has no `base` in its paths.
			const where = /^https?:\/\//.test(target) ? new URL(`${config.base.replace(/\/?$/, '/')}${statementBase}/policy.json`, target).href : join(target, statementBase, 'policy.json');
			const published = await readPolicyJson(where);
			if ('problem' in published || published.statement !== statement) {
				problems.push({ file: where, message: 'problem' in published ? published.problem : `these are the records of statement \`${published.statement}\`, not \`${statement}\`.`, hint: 'Give the site root (`https://www.example.nl`) or the build folder (`dist`) with `--against`.' });
				continue;
			}
			const records = Object.fromEntries(published.versions.map((v) => [v.id, { fingerprint: v.fingerprint, ...v.digests }]));
			// What the deployed records lack; what they have that the content does not, or differently, is compared below.
			for (const version of model.versions.filter((v) => v.status !== 'draft' && !records[v.id])) {
				problems.push({ file: version.source.file, message: `version ${version.id} of \`${statement}\` is published in the content, but ${where} does not have it: the site there was built from older content.`, hint: 'Deploy the current build, then verify again.' });
			}
			const differences = compareWithReference(model, records, { base, versions }, where);
			problems.push(...differences.filter((d) => !d.laundered).map((d) => d.problem));
			const corrected = differences.filter((d) => d.laundered);
			for (const d of corrected) logger.warn(`corrected since ${where} was published: ${d.problem.file}: ${d.problem.message}`);
			if (corrected.length === differences.length) {
				logger.info(`${statement}: the ${published.versions.length} version(s) in ${where} match the content${corrected.length > 0 ? ', apart from the corrections above' : ''}.`);
			}
		}
	}
	// A fingerprint from before a locked correction still identifies its version; the lock keeps it.
	const all = statements.flatMap(({ statement, model, lock }) =>
		[...publishedRecords(model)].flatMap(([id, record]) => [
			{ statement, id, fingerprint: record.fingerprint, superseded: false },
			...(lock?.versions[id]?.superseded ?? []).map((fingerprint) => ({ statement, id, fingerprint, superseded: true })),
		]),
	);
	for (const fingerprint of request.fingerprints) {
		const match = all.find((r) => r.fingerprint === fingerprint.toLowerCase());
		if (match) logger.info(`fingerprint ${fingerprint} is ${match.statement} version ${match.id}${match.superseded ? ', as it was before a correction recorded in its history' : ''}.`);
		else problems.push({ file: 'astro-privacy-verify', message: `no published version has the fingerprint ${fingerprint}.`, hint: 'Check the fingerprint as printed on the version page; if it is right, the text it proves is not the one in this content.' });
	}
	return problems;
}

async function readPolicyJson(where: string): Promise<PolicyExport | { problem: string }> {
	let text: string;
	try {
		if (/^https?:\/\//.test(where)) {
			const response = await fetch(where);
			if (!response.ok) return { problem: `could not fetch the published records: HTTP ${response.status}.` };
			text = await response.text();
		} else {
			text = await readFile(where, 'utf8');
		}
	} catch (error) {
		return { problem: `could not read the published records: ${(error as Error).message}.` };
	}
	try {
		const result = PolicyExportSchema.safeParse(JSON.parse(text));
		return result.success ? result.data : { problem: `this is not an astro-privacy policy.json:\n${formatIssues(result.error)}` };
	} catch {
		return { problem: 'this is not JSON, so not an astro-privacy policy.json.' };
	}
}
