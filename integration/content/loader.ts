import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import config from 'virtual:astro-privacy/config';
import { LOCK_FILE, parseContentPath } from '../model/paths.ts';
import { buildTimeline } from '../model/timeline.ts';
import { checkTranslations, validateDocument } from '../model/validate.ts';
import { updateLock, verifyLock, type LockFile } from '../model/lock.ts';
import type { ContentProblem } from '../model/types.ts';
import { toRecords, type PolicyEntry } from './records.ts';

export interface PolicyLoaderOptions {
	/** Folder holding one sub-folder per document, relative to the project root. Default `content`. */
	base?: string;
}

/** Set by `astro-privacy-lock`; the only way the lock file is written. */
const WRITE_LOCK = process.env.ASTRO_PRIVACY_LOCK === 'write';

type StoredEntry = PolicyEntry & { body?: string; draft: boolean };

/** Loads every document's versions and clause texts, checks them as a whole, and stores them in one collection. */
export function policyLoader(options: PolicyLoaderOptions = {}): Loader {
	const base = (options.base ?? 'content').replace(/^\.\//, '').replace(/\/$/, '');
	return {
		name: 'astro-privacy',
		load: async (context) => {
			await loadAll(context, base);
			context.watcher?.add(join(fileURLToPath(context.config.root), base));
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(join(fileURLToPath(context.config.root), base) + sep)) void loadAll(context, base).catch((e) => context.logger.error(String(e)));
			});
		},
	};
}

async function loadAll(context: LoaderContext, base: string) {
	const root = fileURLToPath(context.config.root);
	const problems: ContentProblem[] = [];
	const stored: StoredEntry[] = [];
	for (const document of config.documents) {
		const { entries, lock } = await readDocument(context, root, base, document.id, problems);
		stored.push(...entries);
		const { versions, revisions } = toRecords(document.id, entries);
		const checks = { base, locales: config.locales, missingTranslation: config.missingTranslation };
		const found = validateDocument(versions, revisions, checks);
		problems.push(...found);
		if (found.length > 0) continue;
		const published = buildTimeline(versions, revisions, { buildDate: config.buildDate, includeDrafts: false, defaultLocale: config.defaultLocale });
		problems.push(...checkTranslations(published, checks));
		const lockPath = join(root, base, document.id, LOCK_FILE);
		if (WRITE_LOCK) {
			const result = updateLock(published, versions, lock);
			problems.push(...result.problems);
			if (result.problems.length === 0) {
				await writeFile(lockPath, `${JSON.stringify(result.lock, null, '\t')}\n`);
				context.logger.info(`Locked ${Object.keys(result.lock.versions).length} version(s) of ${document.id} in ${relative(root, lockPath)}`);
			}
			continue;
		}
		const check = verifyLock(published, versions, lock);
		problems.push(...check.problems);
		if (check.unlocked.length > 0) {
			const message = `${document.id}: versions ${check.unlocked.join(', ')} are not in ${relative(root, lockPath)}, so their text is not protected.`;
			if (config.strict) problems.push({ file: relative(root, lockPath), message, hint: 'Run `npm run lock` and commit the lock file.' });
			else context.logger.warn(`${message} Run \`npm run lock\`.`);
		}
	}
	if (problems.length > 0) throw contentError(problems);

	context.store.clear();
	for (const entry of stored) {
		if (entry.draft && !config.dev) continue;
		const isClause = entry.data.kind === 'clause';
		context.store.set({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.filePath, digest: entry.digest, deferredRender: isClause });
	}
}

async function readDocument(context: LoaderContext, root: string, base: string, document: string, problems: ContentProblem[]) {
	const dir = join(root, base, document);
	const entries: StoredEntry[] = [];
	let lock: LockFile | undefined;
	if (!existsSync(dir)) {
		problems.push({ file: `${base}/${document}/`, message: `the folder of document \`${document}\` does not exist.`, hint: 'Create it, or remove the document from the `documents` option.' });
		return { entries, lock };
	}
	const mdx = (context as LoaderContext & { entryTypes: Map<string, MdxEntryType> }).entryTypes.get('.mdx');
	if (!mdx) throw new AstroError('astro-privacy needs MDX support.', 'Add `mdx()` from `@astrojs/mdx` to `integrations` in astro.config.mjs.');
	const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile() && !f.name.startsWith('.'));
	const drafts = new Set<string>();
	for (const file of files.sort((a, b) => a.parentPath.localeCompare(b.parentPath) || a.name.localeCompare(b.name))) {
		const absolute = join(file.parentPath, file.name);
		const path = relative(root, absolute).split(sep).join('/');
		const parsed = parseContentPath(document, relative(dir, absolute).split(sep).join('/'));
		const contents = (await readFile(absolute, 'utf8')).replace(/\r\n/g, '\n');
		if (parsed.kind === 'unknown') {
			problems.push({ file: path, message: 'this file is not where astro-privacy expects content.', hint: `Expected ${base}/${parsed.expected}.` });
		} else if (parsed.kind === 'lock') {
			lock = JSON.parse(contents) as LockFile;
		} else {
			const id = parsed.kind === 'version' ? `${document}/versions/${parsed.version}` : `${document}/${parsed.locale}/${parsed.clause}/${parsed.version}`;
			const raw = parsed.kind === 'version' ? { data: parseVersionYaml(contents, path), body: undefined } : await mdx.getEntryInfo({ contents, fileUrl: pathToFileURL(absolute) });
			const data = await parseWithFile(context, id, { ...raw.data, kind: parsed.kind }, absolute, path);
			if (parsed.kind === 'version' && (data as { draft: boolean }).draft) drafts.add(parsed.version);
			const sha256 = createHash('sha256').update(contents).digest('hex');
			entries.push({ id, data: data as PolicyEntry['data'], body: raw.body, filePath: path, digest: sha256, draft: false });
		}
	}
	for (const entry of entries) entry.draft = drafts.has(entry.id.split('/').at(-1)!);
	return { entries, lock };
}

/** Astro's schema error names the entry id; a writer needs the file, so the error is re-issued with it. */
async function parseWithFile(context: LoaderContext, id: string, data: Record<string, unknown>, absolute: string, path: string) {
	try {
		return await context.parseData({ id, data, filePath: absolute });
	} catch (error) {
		const details = (error as Error).message.split('\n').slice(1).join('\n').replaceAll('****: ', '').trim();
		throw new AstroError(
			`**${path}**: ${data.kind === 'version' ? 'the version file' : 'the frontmatter'} does not match the schema.\n${details}`,
			'Unknown fields are errors so that typos cannot pass silently. The README (section "Writing clauses") lists every field; add fields of your own with `policySchema({ extend })`.',
		);
	}
}

interface MdxEntryType {
	getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
}

function parseVersionYaml(contents: string, path: string): Record<string, unknown> {
	try {
		return (parseYaml(contents) ?? {}) as Record<string, unknown>;
	} catch (error) {
		throw new AstroError(`${path} is not valid YAML: ${(error as Error).message}`, 'Fix the YAML syntax; see "Versions" in the astro-privacy README for an example.');
	}
}

function contentError(problems: ContentProblem[]): AstroError {
	const lines = problems.map((p) => `- **${p.file}**${p.field ? ` (field \`${p.field}\`)` : ''}: ${p.message}\n  Fix: ${p.hint}`);
	return new AstroError(`astro-privacy found ${problems.length} problem${problems.length > 1 ? 's' : ''} in the policy content:\n${lines.join('\n')}`, problems[0]!.hint);
}
