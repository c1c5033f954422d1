import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../model/dates.ts';
import { addStatement, siteLocales } from './config-edit.ts';
import { findVersionDate } from './dates.ts';
import { suggestController } from './suggest.ts';
import { readExisting } from './existing.ts';
import { allSections, coverage, decodeSource, detectFormat, ImportError, parseStatement, type SourceFormat } from './parse.ts';
import { planImport } from './write-plan.ts';
import { importReport } from './report.ts';
import { withoutSentence } from './date-line.ts';

export const USAGE = 'npx astro-privacy import <file> --statement <id> [--locale nl|en] [--version YYYY-MM-DD] [--format html|markdown|text] [--dry-run]';

export interface Io {
	cwd: string;
	log(line: string): void;
}

/** `astro-privacy import`: an existing statement into clause files, as a first version, a later version, or another language. */
export async function importCommand(args: string[], io: Io): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			statement: { type: 'string' },
			locale: { type: 'string', default: 'nl' },
			version: { type: 'string' },
			format: { type: 'string' },
			content: { type: 'string', default: 'content' },
			'dry-run': { type: 'boolean', default: false },
		},
	});
	const [file] = positionals;
	if (!file || !values.statement) throw new ImportError('Name the file to import and the statement it becomes.', `Run: ${USAGE}`);
	if (values.version !== undefined && !isIsoDate(values.version))
		throw new ImportError(`--version ${values.version} is not a date.`, 'Give the date the text took effect, as YYYY-MM-DD.');
	if (values.format !== undefined && !['html', 'markdown', 'text'].includes(values.format))
		throw new ImportError(
			`--format ${values.format} is not a format the importer reads.`,
			'Use --format html, markdown or text, or leave it out to detect it.',
		);
	const path = join(io.cwd, file);
	if (!existsSync(path)) throw new ImportError(`${file} does not exist.`, 'Give the path of the saved page, Markdown or text file, from the site folder.');
	const bytes = readFileSync(path);
	const source = decodeSource(bytes, file);
	const format = (values.format as SourceFormat | undefined) ?? detectFormat(bytes, file);
	const parsed = parseStatement(source, format);
	// The statement's words, headings included: where its date and its controller facts are found.
	const text = [parsed.intro ?? '', ...allSections(parsed.sections).flatMap((s) => [s.heading, s.markdown])].join('\n\n');
	const stated = findVersionDate(text);
	const version = values.version ?? stated?.date;
	if (!version) {
		throw new ImportError(
			`${file} does not say when it was last changed, so the version has no date.`,
			'Give the date the text took effect: add `--version YYYY-MM-DD`.',
		);
	}
	// The page prints its own dates: the sentence that stated it is not clause text.
	const statement = stated ? withoutSentence(parsed, stated.sentence) : parsed;
	const dir = join(io.cwd, values.content, values.statement);
	const existing = readExisting(dir, values.statement);
	const locales = await siteLocales(io.cwd);
	const suggested = suggestController(text);
	const plan = planImport(statement, existing, { statement: values.statement, locale: values.locale, version, source: file, locales, suggested });
	const covered = coverage(source, format, statement);
	const missing = covered.missing.filter((sentence) => !stated || !stated.sentence.includes(sentence.trim()));
	const clash = plan.files.find((f) => existsSync(join(dir, f.path)));
	if (clash)
		throw new ImportError(
			`${relative(io.cwd, join(dir, clash.path))} exists already; the importer never overwrites a file.`,
			'Import as a later version (a newer --version), or remove the files of a failed import first.',
		);
	const report = {
		plan,
		file,
		format,
		version,
		stated,
		covered: { ...covered, missing },
		parsed: statement,
		suggested,
		dir: relative(io.cwd, dir),
		locale: values.locale,
		statement: values.statement,
	};
	for (const line of importReport(report)) io.log(line);
	if (values['dry-run']) {
		io.log('Dry run: nothing was written.');
		return missing.length > 0 ? 1 : 0;
	}
	if (missing.length > 0) return 1;
	for (const { path: target, text } of plan.files) {
		mkdirSync(dirname(join(dir, target)), { recursive: true });
		writeFileSync(join(dir, target), text, { flag: 'wx' });
	}
	if (plan.kind === 'first') {
		const numbered = plan.clauses.some((c) => c.number !== undefined);
		io.log((await addStatement(io.cwd, values.statement, numbered)).message);
	}
	for (const step of plan.next) io.log(step);
	return 0;
}

/** The command as the bin runs it: a refusal prints what is wrong and how to fix it, and exits 1. */
export async function runImport(args: string[], io: Io): Promise<number> {
	try {
		return await importCommand(args, io);
	} catch (error) {
		if (error instanceof ImportError) {
			io.log(`astro-privacy import: ${error.message}\n  Hint: ${error.hint}`);
			return 1;
		}
		// parseArgs refuses an unknown option or a missing value with a TypeError of its own.
		if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
			io.log(`astro-privacy import: ${(error as Error).message}\n  Usage: ${USAGE}`);
			return 2;
		}
		throw error;
	}
}
