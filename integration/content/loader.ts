import { writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import config from 'virtual:astro-privacy/config';
import { userError } from '../config/errors.ts';
import { isoDay } from '../model/dates.ts';
import type { ContentProblem } from '../model/types.ts';
import type { FileParser } from './read.ts';
import { PROBLEMS_ENTRY } from './records.ts';
import { reloadOnEvents } from './reloads.ts';
import { statementContent, where } from './statements.ts';

export interface StatementLoaderOptions {
	/** Folder holding one sub-folder per statement, relative to the project root. Default `content`. */
	base?: string;
}

/** Loads every statement's versions and clause texts, checks them as a whole, and stores them in one collection. */
export function statementLoader(options: StatementLoaderOptions = {}): Loader {
	const base = (options.base ?? 'content').replace(/^\.\//, '').replace(/\/$/, '');
	return {
		name: 'astro-privacy',
		load: async (context) => {
			const folder = join(fileURLToPath(context.config.root), base);
			const content = storedContent(context, base);
			await content.load();
			const changed = reloadOnEvents(content);
			context.watcher?.add(folder);
			context.watcher?.on('all', (_event, path) => {
				if (path.startsWith(folder + sep)) changed(path);
			});
		},
	};
}

interface MdxEntryType {
	getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
}

/** Astro's MDX entry type reads the frontmatter, the collection's schema checks it. */
function astroFiles(context: LoaderContext): FileParser {
	const mdx = (context as LoaderContext & { entryTypes: Map<string, MdxEntryType> }).entryTypes.get('.mdx');
	if (!mdx) throw userError('astro-privacy needs MDX support.', 'Add `mdx()` from `@astrojs/mdx` to `integrations` in astro.config.mjs.');
	return { entryInfo: (contents, fileUrl) => mdx.getEntryInfo({ contents, fileUrl }), parseData: (entry) => context.parseData(entry) };
}

/**
 * The content in the store: the first load reads everything, each later one only the paths file events
 * named (see `statementContent`).
 */
function storedContent(context: LoaderContext, base: string) {
	let content: ReturnType<typeof statementContent> | undefined;
	const load = async (changed?: string[]) => {
		let loaded;
		try {
			content ??= statementContent(fileURLToPath(context.config.root), { base, config, mode: config.run, files: astroFiles(context), logger: context.logger });
			loaded = await content.load(isoDay(new Date()), changed);
			if (loaded.problems.length > 0) throw contentError(loaded.problems);
		} catch (error) {
			// `astro dev` keeps running: the pages throw the error, so it shows in the error overlay.
			if (!config.dev) throw error;
			context.logger.error((error as Error).message);
			context.store.clear();
			context.store.set({ id: PROBLEMS_ENTRY, data: { kind: 'problems', message: (error as Error).message, hint: (error as AstroError).hint ?? '' } });
			return;
		}
		// Every statement passed: only now is any lock file staged, so the lock command writes all or none.
		if (config.run.kind === 'lock') await writeFile(config.run.stage, JSON.stringify(loaded.locks));
		loaded.report();
		// Entries whose digest is unchanged stay as they are, so `astro dev` updates only what changed.
		const kept = loaded.entries.filter((entry) => config.dev || !entry.draft);
		const ids = new Set(kept.map((entry) => entry.id));
		for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
		for (const entry of kept) {
			const isClause = entry.data.kind === 'clause';
			context.store.set({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.filePath, digest: entry.digest, deferredRender: isClause });
		}
	};
	return { load, changedSince: (paths: string[]) => content?.changedSince(paths) ?? [] };
}

/**
 * One error for every problem found: what is wrong in the message, how to fix it in the hint, each said
 * once. Messages speak of statements: Astro swaps the hint of an error whose message says "document".
 */
function contentError(problems: ContentProblem[]): AstroError {
	if (problems.length === 1) return userError(`astro-privacy found a problem in the statement content: ${where(problems[0]!)}: ${problems[0]!.message}`, problems[0]!.hint);
	return userError(
		`astro-privacy found ${problems.length} problems in the statement content:\n${problems.map((p) => `- ${where(p)}: ${p.message}`).join('\n')}`,
		problems.map((p) => `- ${p.file}: ${p.hint}`).join('\n'),
	);
}
