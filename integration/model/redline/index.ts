import { parseFragment, serialize, text } from '../html.ts';
import { diffBlocks, whole } from './blocks.ts';
import { diffInline, mark, type RedlineLabels } from './inline.ts';

export type { RedlineLabels } from './inline.ts';

/**
 * The redline of two rendered clause texts: blocks are aligned and compared by structure (lists item by
 * item, tables row by row and cell by cell), and text inside a changed block phrase by phrase. The texts
 * are read as the HTML standard reads them and written back by a serializer, never pasted together.
 */
export function redlineHtml(before: string, after: string, labels: RedlineLabels): string {
	return serialize(diffBlocks(parseFragment(before), parseFragment(after), labels));
}

/** A whole text marked as inserted or deleted, for clauses added or removed in a version. */
export function wholeText(html: string, kind: 'added' | 'removed', labels: RedlineLabels): string {
	return serialize(parseFragment(html).flatMap((node) => whole(node, kind === 'added' ? 'ins' : 'del', labels)));
}

/** The redline of two plain texts, such as a clause title or summary; either may be missing. */
export function redlineText(before: string | undefined, after: string | undefined, labels: RedlineLabels): string {
	if (before === after) return serialize(text(after ?? ''));
	if (before === undefined) return serialize(mark('ins', [text(after!)], labels));
	if (after === undefined) return serialize(mark('del', [text(before)], labels));
	return serialize(diffInline([text(before)], [text(after)], labels));
}
