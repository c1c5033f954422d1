import { escapeText } from 'entities';
import { parse, type Node } from 'ultrahtml';
import { diffBlocks, whole } from './blocks.ts';
import { diffInline, type RedlineLabels } from './inline.ts';

export type { RedlineLabels } from './inline.ts';

/**
 * The redline of two rendered clause texts: blocks are aligned and compared by structure (lists item by
 * item, tables row by row and cell by cell), and text inside a changed block phrase by phrase.
 */
export function redlineHtml(before: string, after: string, labels: RedlineLabels): string {
	return diffBlocks(parse(before).children, parse(after).children, labels);
}

/** A whole text marked as inserted or deleted, for clauses added or removed in a version. */
export function wholeText(html: string, kind: 'added' | 'removed', labels: RedlineLabels): string {
	return (parse(html).children as Node[]).map((node) => whole(node, kind === 'added' ? 'ins' : 'del', labels)).join('');
}

/** The redline of two plain texts, such as a clause title or summary. */
export function redlineText(before: string, after: string, labels: RedlineLabels): string {
	return diffInline(parse(escapeText(before)).children, parse(escapeText(after)).children, labels);
}
