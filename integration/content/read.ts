import { readFileSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { normalizeText, sha256 } from '../model/digest.ts';
import { parseContentPath, REGISTER, type ContentPath } from '../model/paths.ts';
import { referencesIn, type References } from '../model/references.ts';
import type { ContentProblem } from '../model/types.ts';
import type { PolicyEntry } from './records.ts';
import { ClauseFrontmatterSchema, VersionSchema } from './schema.ts';
import { checkSelfContained } from './self-contained.ts';

// The register facts are taken as written: a site's own `processing` fields would fail the strict schema here.
const ClauseFields = z.object({ ...ClauseFrontmatterSchema.shape, processing: z.unknown().optional() });
const VersionFields = z.object(VersionSchema.shape);

export type StoredEntry = PolicyEntry & { body?: string | undefined; draft: boolean };

/** How a file becomes data: Astro's MDX entry type and the collection's schema, or a test's stand-ins. */
export interface FileParser {
	/** The frontmatter and body of an MDX file; throws on bad YAML. */
	entryInfo(contents: string, fileUrl: URL): Promise<{ data: Record<string, unknown>; body: string }>;
	/** The collection's schema applied to an entry's data; throws Astro's schema error. */
	parseData(entry: { id: string; data: Record<string, unknown>; filePath: string }): Promise<Record<string, unknown>>;
}

/** Where a statement's files are, and how each becomes data. */
export interface StatementDir {
	parser: FileParser;
	root: string;
	/** The content folder, relative to `root`. */
	base: string;
	statement: string;
}

/** One file of a statement as read: the lock's text, a parsed entry (or its problems), or a file refused. */
export type FileRead =
	| { kind: 'lock'; text: string }
	| { kind: 'content'; digest: string; entry: StoredEntry | undefined; references: References | undefined; problems: ContentProblem[] }
	| { kind: 'refused'; problems: ContentProblem[] };

/**
 * Reads one file below a statement's folder (`isFile` false for a symbolic link or another special file).
 * What the same path gave before is reused while its text is unchanged: only an edited file is parsed again.
 */
export async function readFile(at: StatementDir, absolute: string, isFile: boolean, previous: FileRead | undefined): Promise<FileRead> {
	const path = relative(at.root, absolute).split(sep).join('/');
	if (!isFile) {
		return { kind: 'refused', problems: [{ file: path, message: 'this is a symbolic link (or another special file), not a file.', hint: 'Replace it with a copy of the file: the lock can only vouch for text that is part of the statement itself.' }] };
	}
	const parsed = parseContentPath(at.statement, relative(join(at.root, at.base, at.statement), absolute).split(sep).join('/'));
	if (parsed.kind === 'unknown') return { kind: 'refused', problems: [{ file: path, message: 'this file is not where astro-privacy expects content.', hint: `Expected ${at.base}/${parsed.expected}.` }] };
	// Read synchronously: hundreds of small files read one by one cost less than as many trips to the thread pool.
	const contents = normalizeText(readFileSync(absolute, 'utf8'));
	if (parsed.kind === 'lock') return { kind: 'lock', text: contents };
	const digest = sha256(contents);
	if (previous?.kind === 'content' && previous.digest === digest) return previous;
	const { entry, problems } = await parseFile(at, parsed, contents, digest, absolute, path);
	return { kind: 'content', digest, entry, references: entry?.body === undefined ? undefined : referencesIn(entry.body), problems };
}

/** What a file looks like without reading it, to tell whether it changed since: its time and size, or that it is gone. */
export const stampOf = (stat: Stats | undefined) => (stat ? `${stat.mtimeMs}/${stat.size}` : 'gone');

const FILE_NAMES = { version: 'the version file', register: 'the register file', clause: 'the frontmatter' };

async function parseFile({ parser: files, statement }: StatementDir, parsed: Extract<ContentPath, { kind: 'version' | 'clause' | 'register' }>, contents: string, digest: string, absolute: string, path: string) {
	const id =
		parsed.kind === 'version'
			? `${statement}/versions/${parsed.version}`
			: parsed.kind === 'register'
				? `${statement}/${REGISTER}/${parsed.clause}/${parsed.version}`
				: `${statement}/${parsed.locale}/${parsed.clause}/${parsed.version}`;
	const raw = parsed.kind === 'clause' ? await clauseInfo(files, contents, absolute, path) : parseYamlFile(contents, path, parsed.kind);
	if ('problem' in raw) return { entry: undefined, problems: [raw.problem] };
	const problems = raw.body === undefined ? [] : checkSelfContained(raw.body, path);
	const parsedData = await parseWithFile(files, id, { ...raw.data, kind: parsed.kind }, absolute, path, problems);
	if (!parsedData) return { entry: undefined, problems };
	// What a page shows comes from the file itself, as the lock hashed it, never from a schema's transforms.
	const asWritten = parsed.kind === 'clause' ? ClauseFields.parse(raw.data) : parsed.kind === 'version' ? VersionFields.parse(raw.data) : raw.data;
	const data = { ...parsedData, ...asWritten, kind: parsed.kind };
	const entry: StoredEntry = { id, data: data as PolicyEntry['data'], body: raw.body, filePath: path, digest, draft: false };
	return { entry, problems };
}

/**
 * Astro's schema error names the entry id in one message; a writer needs the file and each field, so every
 * field becomes a problem of its own, reported with all the others.
 */
async function parseWithFile(files: FileParser, id: string, data: Record<string, unknown>, absolute: string, path: string, problems: ContentProblem[]) {
	try {
		return await files.parseData({ id, data, filePath: absolute });
	} catch (error) {
		// Lines of the form `**field**: **field**: message` (or without a field) follow the first line. An error
		// of another form (a transform in the site's own schema that throws, say) is reported by its first line,
		// never dropped: a file without a problem and without an entry would leave the statement unchecked.
		const [first, ...rest] = (error as Error).message.split('\n');
		const lines = rest.filter((l) => l.trim());
		for (const line of lines.length > 0 ? lines : [first!]) {
			const [, at, detail] = /^\s*(?:\*\*([^*]*)\*\*: )?(?:\*\*[^*]*\*\*: )?(.*)$/.exec(line)!;
			const unknown = /^Unrecognized keys?: (.*)$/.exec(detail!)?.[1]!.replaceAll('"', '');
			const field = [at, unknown].filter(Boolean).join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
			problems.push({
				file: path,
				...(field ? { field } : {}),
				message: `${FILE_NAMES[data.kind as keyof typeof FILE_NAMES]} ${unknown ? 'has a field astro-privacy does not know' : `does not match the schema: ${detail === 'Required' ? 'the field is missing, and it is required' : detail}`}`,
				hint: schemaHint(data.kind as keyof typeof FILE_NAMES, field, !!unknown),
			});
		}
		return undefined;
	}
}

/** The frontmatter and body of a clause file, or the problem with its frontmatter. */
async function clauseInfo(files: FileParser, contents: string, absolute: string, path: string): Promise<{ data: Record<string, unknown>; body: string } | { problem: ContentProblem }> {
	try {
		return await files.entryInfo(contents, pathToFileURL(absolute));
	} catch (error) {
		const reason = (error as Error).message.split('\n')[0]!;
		return { problem: { file: path, message: `the frontmatter is not valid YAML: ${reason}`, hint: 'Fix the YAML between the `---` lines; quote a title that contains a colon, e.g. `title: "Cookies: wat en waarom"`.' } };
	}
}

/** Where the docs describe a field, and for an unknown one, how to add fields of one's own. */
function schemaHint(kind: keyof typeof FILE_NAMES, field: string | undefined, unknown: boolean): string {
	const facts = kind === 'register' || field?.startsWith('processing');
	const section = kind === 'version' ? 'Versions' : facts ? 'The processing register' : 'Writing clauses';
	if (unknown) {
		const own = kind === 'version' ? '' : facts ? ' Add facts of your own with `statementSchema({ processing })`.' : ' Add fields of your own with `statementSchema({ extend })`.';
		return `Check the spelling against the astro-privacy docs ("${section}"), which list every field; an unknown field is an error so that a typo cannot pass silently.${own}`;
	}
	return `The astro-privacy docs ("${section}") describe \`${field || 'each field'}\` and what it takes.`;
}

function parseYamlFile(contents: string, path: string, kind: 'version' | 'register'): { data: Record<string, unknown>; body: undefined } | { problem: ContentProblem } {
	try {
		return { data: (parseYaml(contents) ?? {}) as Record<string, unknown>, body: undefined };
	} catch (error) {
		const section = kind === 'version' ? 'Versions' : 'The processing register';
		return { problem: { file: path, message: `${FILE_NAMES[kind]} is not valid YAML: ${(error as Error).message.split('\n')[0]}`, hint: `Fix the YAML syntax; see "${section}" in the astro-privacy docs for an example.` } };
	}
}
