import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import { userError } from '../config/errors.ts';
import { element, rendered, serialize, text } from '../model/html.ts';
import { SEARCH_BUNDLE } from './bundle.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { recordSources, type RecordCollector, type SearchRecordData } from './records.ts';
import { writeSearchScripts } from './scripts.ts';

type WorkerResult = { failed: { record: number; message: string }[]; errors: string[] };

/** The index of one build: it takes the records while the pages render (and writes aside once they are all in). */
export interface SearchIndex extends RecordCollector {
	/**
	 * Puts the index into the build's output once every page is written, and beside it the search scripts and
	 * their words in each of the site's locales; on failure nothing is left half-built: the output goes.
	 */
	finish(outDir: string, logger: AstroIntegrationLogger): Promise<void>;
	/** Ends the thread of a build that failed before its pages were all written. */
	stop(): void;
}

/**
 * Starts the index when the build starts, so Pagefind (in a thread and a process of its own, see
 * index-worker.mjs) indexes each record while the pages after it render, on a core Astro leaves idle, and
 * writes the index into a folder of the site's cache as soon as the last record is in.
 * One record per distinct clause text and language, not a crawl of pages: its size follows the texts.
 */
export function startSearchIndex(cacheDir: string, config: Pick<ResolvedConfig, 'statements' | 'locales' | 'strings'>): SearchIndex {
	const staging = join(cacheDir, 'astro-privacy-search');
	const worker = new Worker(new URL('./index-worker.mjs', import.meta.url));
	// Idle until the build finishes, the thread must not keep a failed build's process alive.
	worker.unref();
	const answer = new Promise<WorkerResult>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', (error) => reject(error.message));
		// Pagefind's process can stop without an answer (a file where its folder must go, say); the thread then ends.
		worker.once('exit', (code) => reject(`it stopped without finishing (exit code ${code})`));
	});
	answer.catch(() => {}); // awaited by finish(); a build that fails before it must not crash on it
	const added: string[] = [];
	let writing = false;
	const write = () => {
		if (writing) return;
		writing = true;
		rmSync(staging, { recursive: true, force: true });
		worker.postMessage({ outputPath: staging });
	};
	return {
		sources: recordSources(
			config.statements.map((s) => s.id),
			config.locales,
		),
		receive(record) {
			added.push(describe(record));
			worker.postMessage({ url: record.url, html: recordHtml(record) });
		},
		complete: write,
		async finish(outDir, logger) {
			const outputPath = join(outDir, SEARCH_BUNDLE);
			worker.ref();
			write();
			try {
				const result = await answer.catch((why: string) => Promise.reject(notWritten(outputPath, why)));
				if (result.failed.length > 0) {
					const list = result.failed.map(({ record, message }) => `- ${added[record]}: ${message}`).join('\n');
					throw userError(
						`Pagefind could not index ${result.failed.length} clause text(s):\n${list}`,
						'Look at the clause text named; set `search: false` in the astroPrivacy() options to build without search meanwhile.',
					);
				}
				if (result.errors.length > 0) throw notWritten(outputPath, result.errors.join('; '));
				moveInto(staging, outputPath);
				await writeSearchScripts(outDir, config.strings);
				logger.info(`Indexed ${added.length} distinct clause texts for search in ${SEARCH_BUNDLE}/`);
			} catch (error) {
				rmSync(outDir, { recursive: true, force: true });
				throw error;
			} finally {
				rmSync(staging, { recursive: true, force: true });
			}
		},
		stop: () => void worker.terminate(),
	};
}

/** Moves the written index into the output: a rename where both are on one disk, a copy where not. */
function moveInto(staging: string, outputPath: string) {
	try {
		mkdirSync(dirname(outputPath), { recursive: true });
		try {
			renameSync(staging, outputPath);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
			cpSync(staging, outputPath, { recursive: true });
		}
	} catch (error) {
		throw notWritten(outputPath, (error as Error).message);
	}
}

const notWritten = (outputPath: string, why: string) =>
	userError(
		`Pagefind could not write the search index to ${outputPath}: ${why}.`,
		`Check that ${outputPath} can be written (nothing else, such as a file in public/, may take that path); set \`search: false\` in the astroPrivacy() options to build without search meanwhile.`,
	);

const describe = (r: SearchRecordData) => `statement "${r.statement}", clause "${r.clause}" (${r.lang}, versions ${r.versions.join(', ')})`;

/**
 * One record as Pagefind reads it: the title as the heading (Pagefind weights it above the body), the
 * summary, body and register facts as separate blocks, filters and meta in attributes so they add no words.
 * Every text goes in as a text node, written by the serializer; only the clause's own rendered HTML goes in as it is.
 */
function recordHtml(r: SearchRecordData): string {
	const tags = (kind: 'filter' | 'meta', key: string, values: string[]) =>
		values.map((v) => element('span', { [kind === 'filter' ? 'dataPagefindFilter' : 'dataPagefindMeta']: `${key}:${v}` }));
	const main = element('main', { dataPagefindBody: true }, [
		element('h1', {}, [text(r.title)]),
		...(r.summary ? [element('p', {}, [text(r.summary)])] : []),
		rendered(r.html),
		// The facts are the purpose's words as much as its text is: "bewaartermijn" finds a retention the prose leaves to the register.
		...r.facts.flatMap(factItems),
		...tags('filter', 'statement', [r.statement]),
		...tags('filter', 'version', r.versions),
		...tags('filter', 'status', r.statuses),
		...tags('meta', 'clause', [r.clause]),
		...tags('meta', 'versions', [r.versions.join(' ')]),
		...tags('meta', 'label', [r.label]),
		...tags('meta', 'statement', [r.statementTitle]),
	]);
	return serialize(element('html', { lang: r.lang }, [element('body', {}, [main])]));
}

/** One fact as the page's list has it: its label, then each value, each a block of its own so no two words run together. */
const factItems = ({ label, values }: SearchRecordData['facts'][number]) => [label, ...values].map((line) => element('p', {}, [text(line)]));
