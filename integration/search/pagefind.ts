import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { element, elements, parseFragment, serialize, text, type Element } from '../model/html.ts';
import { SEARCH_BUNDLE, SEARCH_RECORDS } from './bundle.ts';
import { writeSearchScripts } from './scripts.ts';

/**
 * Builds the index from the search records the build wrote (one per distinct clause text and locale),
 * not by crawling pages: its size follows the distinct texts. The records are deleted afterwards.
 */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger) {
	const folder = join(outDir, SEARCH_RECORDS);
	const { index, errors } = await pagefind.createIndex({});
	try {
		if (!index) throw new Error(errors.join('\n'));
		const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html'));
		const records = files.flatMap((file) => [...elements(parseFragment(readFileSync(join(file.parentPath, file.name), 'utf8')))].filter((e) => e.tagName === 'article'));
		// Sent all at once: Pagefind's process indexes while the next records are prepared.
		const results = await Promise.all(records.map((article) => index.addHTMLFile({ url: String(article.properties.dataUrl), content: recordHtml(article) })));
		const failed = results.flatMap((result) => result.errors);
		if (failed.length > 0) throw new Error(failed.join('\n'));
		const count = records.length;
		const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE) });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		await writeSearchScripts(outDir);
		logger.info(`Indexed ${count} distinct clause texts for search in ${SEARCH_BUNDLE}/`);
	} finally {
		await pagefind.close();
		rmSync(folder, { recursive: true, force: true });
	}
}

/**
 * One record as Pagefind reads it: the title as the heading (Pagefind weights it above the body), the
 * summary and body as separate paragraphs, filters and meta in attributes so they add no words.
 */
function recordHtml(article: Element): string {
	const a = article.properties as Record<string, string>;
	const tags = (kind: 'filter' | 'meta', key: string, values: string[]) => values.map((v) => element('span', { [kind === 'filter' ? 'dataPagefindFilter' : 'dataPagefindMeta']: `${key}:${v}` }));
	const main = element('main', { dataPagefindBody: true }, [
		element('h1', {}, [text(a.dataTitle!)]),
		...(a.dataSummary ? [element('p', {}, [text(a.dataSummary)])] : []),
		...article.children,
		...tags('filter', 'document', [a.dataDocument!]),
		...tags('filter', 'version', a.dataVersions!.split(' ')),
		...tags('filter', 'status', a.dataStatuses!.split(' ')),
		...tags('meta', 'clause', [a.dataClause!]),
		...tags('meta', 'versions', [a.dataVersions!]),
		...tags('meta', 'label', [a.dataLabel!]),
		...tags('meta', 'statement', [a.dataDocumentTitle!]),
	]);
	return serialize(element('html', { lang: a.lang! }, [element('body', {}, [main])]));
}
