import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import { userError } from '../config/errors.ts';
import { element, parseFragment, serialize, text } from '../model/html.ts';
import { SEARCH_BUNDLE } from './bundle.ts';
import type { SearchRecordData } from './records.ts';
import { writeSearchScripts } from './scripts.ts';

type WorkerResult = { failed: { record: number; message: string }[]; errors: string[] };

/**
 * Builds the index from the records the pages collected (one per distinct clause text and language), not
 * by crawling pages: its size follows the distinct texts, and no page or file holds the records. Pagefind
 * runs in a thread of its own (see index-worker.mjs). On failure nothing is left half-built: the output goes.
 */
export async function buildSearchIndex(outDir: string, records: SearchRecordData[], logger: AstroIntegrationLogger) {
	try {
		const result = await runWorker({
			records: records.map((record) => ({ url: record.url, html: recordHtml(record) })),
			outputPath: join(outDir, SEARCH_BUNDLE),
		});
		if (result.failed.length > 0) {
			const list = result.failed.map(({ record, message }) => `- ${describe(records[record]!)}: ${message}`).join('\n');
			throw userError(
				`Pagefind could not index ${result.failed.length} clause text(s):\n${list}`,
				'Look at the clause text named; set `search: false` in the astroPrivacy() options to build without search meanwhile.',
			);
		}
		if (result.errors.length > 0) throw notWritten(join(outDir, SEARCH_BUNDLE), result.errors.join('; '));
		await writeSearchScripts(outDir);
		logger.info(`Indexed ${records.length} distinct clause texts for search in ${SEARCH_BUNDLE}/`);
	} catch (error) {
		rmSync(outDir, { recursive: true, force: true });
		throw error;
	}
}

const notWritten = (outputPath: string, why: string) =>
	userError(
		`Pagefind could not write the search index to ${outputPath}: ${why}.`,
		`Check that ${outputPath} can be written (nothing else, such as a file in public/, may take that path); set \`search: false\` in the astroPrivacy() options to build without search meanwhile.`,
	);

const describe = (r: SearchRecordData) => `statement "${r.statement}", clause "${r.clause}" (${r.lang}, versions ${r.versions.join(', ')})`;

function runWorker(data: { records: { url: string; html: string }[]; outputPath: string }): Promise<WorkerResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./index-worker.mjs', import.meta.url), { workerData: data });
		worker.once('message', resolve);
		worker.once('error', (error) => reject(notWritten(data.outputPath, error.message)));
		// Pagefind's process can stop without an answer (a file where its folder must go, say); the thread then ends.
		worker.once('exit', (code) => reject(notWritten(data.outputPath, `it stopped without finishing (exit code ${code})`)));
	});
}

/**
 * One record as Pagefind reads it: the title as the heading (Pagefind weights it above the body), the
 * summary, body and register facts as separate blocks, filters and meta in attributes so they add no words.
 * Every text goes in as a text node, written by the serializer; only the clause's own rendered HTML is parsed.
 */
function recordHtml(r: SearchRecordData): string {
	const tags = (kind: 'filter' | 'meta', key: string, values: string[]) =>
		values.map((v) => element('span', { [kind === 'filter' ? 'dataPagefindFilter' : 'dataPagefindMeta']: `${key}:${v}` }));
	const main = element('main', { dataPagefindBody: true }, [
		element('h1', {}, [text(r.title)]),
		...(r.summary ? [element('p', {}, [text(r.summary)])] : []),
		...parseFragment(r.html),
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
