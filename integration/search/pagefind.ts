import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { escapeAttribute, escapeText } from 'entities';
import * as pagefind from 'pagefind';
import { ELEMENT_NODE, parse, type ElementNode, type Node } from 'ultrahtml';
import { toHtml } from '../model/redline/tokens.ts';
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
		const records = files.flatMap((file) => findAll(parse(readFileSync(join(file.parentPath, file.name), 'utf8')), 'article'));
		// Sent all at once: Pagefind's process indexes while the next records are prepared.
		const results = await Promise.all(records.map((article) => index.addHTMLFile({ url: article.attributes['data-url']!, content: recordHtml(article) })));
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
function recordHtml(article: ElementNode): string {
	const a = article.attributes as Record<string, string>;
	const attr = (name: string, value: string) => ` ${name}="${escapeAttribute(value)}"`;
	const tags = (kind: string, key: string, values: string[]) => values.map((v) => `<span${attr(`data-pagefind-${kind}`, `${key}:${v}`)}></span>`).join('');
	return [
		`<html lang="${escapeAttribute(a.lang!)}"><body><main data-pagefind-body>`,
		`<h1>${escapeText(a['data-title']!)}</h1>`,
		a['data-summary'] ? `<p>${escapeText(a['data-summary'])}</p>` : '',
		article.children.map((child: Node) => toHtml(child)).join(''),
		tags('filter', 'document', [a['data-document']!]),
		tags('filter', 'version', a['data-versions']!.split(' ')),
		tags('filter', 'status', a['data-statuses']!.split(' ')),
		tags('meta', 'clause', [a['data-clause']!]),
		tags('meta', 'versions', [a['data-versions']!]),
		tags('meta', 'label', [a['data-label']!]),
		tags('meta', 'statement', [a['data-document-title']!]),
		'</main></body></html>',
	].join('');
}

function findAll(node: Node, name: string, found: ElementNode[] = []): ElementNode[] {
	if (node.type === ELEMENT_NODE && node.name === name) found.push(node);
	for (const child of (node as { children?: Node[] }).children ?? []) findAll(child, name, found);
	return found;
}
