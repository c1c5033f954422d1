import { parseFragment, serialize, text, type ElementContent } from '../html.ts';
import { diffBlocks, whole } from './blocks.ts';
import { diffInline, mark, type RedlineLabels } from './inline.ts';

export type { RedlineLabels } from './inline.ts';

/**
 * The redline of two rendered clause texts: blocks are aligned and compared by structure (lists item by
 * item, tables row by row and cell by cell), and text inside a changed block phrase by phrase. The texts
 * are read as the HTML standard reads them and written back by a serializer, never pasted together.
 */
export function redlineHtml(before: string, after: string, labels: RedlineLabels): string {
	return serialize(diffBlocks(read(before), read(after), labels));
}

/** A whole text marked as inserted or deleted, for clauses added or removed in a version. */
export function wholeText(html: string, kind: 'added' | 'removed', labels: RedlineLabels): string {
	return serialize(read(html).flatMap((node) => whole(node, kind === 'added' ? 'ins' : 'del', labels)));
}

/** How many texts stay read: a clause's current text is compared with each earlier one, page after page. */
const READ_TEXTS = 512;
const texts = new Map<string, ElementContent[]>();

/** A text's nodes, read once while it is in use: the redline only reads them and builds new nodes around them. */
function read(html: string): ElementContent[] {
	let nodes = texts.get(html);
	if (nodes)
		texts.delete(html); // re-set below: the least recently used text goes first
	else if (texts.size === READ_TEXTS) texts.delete(texts.keys().next().value!);
	texts.set(html, (nodes ??= parseFragment(html)));
	return nodes;
}

/** The redline of two plain texts, such as a clause title or summary; either may be missing. */
export function redlineText(before: string | undefined, after: string | undefined, labels: RedlineLabels): string {
	if (before === after) return serialize(text(after ?? ''));
	if (before === undefined) return serialize(mark('ins', [text(after!)], labels));
	if (after === undefined) return serialize(mark('del', [text(before)], labels));
	return serialize(diffInline([text(before)], [text(after)], labels));
}
