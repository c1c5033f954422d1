import { diffArrays } from 'diff';
import { ELEMENT_NODE, TEXT_NODE, type ElementNode, type Node, type TextNode } from 'ultrahtml';
import { diffInline, mark, type RedlineLabels } from './inline.ts';
import { similarity } from './similarity.ts';
import { closeTag, openTag, toHtml, tokenize, renderTokens } from './tokens.ts';

/** Elements whose children are blocks: they are kept and their children compared one by one. */
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'div', 'section', 'details', 'figure']);
/** Elements that hold running text (and, for list items and cells, possibly nested blocks). */
const TEXT = new Set(['p', 'address', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'summary']);
/** Parts of a table that hold no text: an old one is dropped and a new one kept, unmarked. */
const TABLE_PARTS = new Set(['colgroup', 'col']);
/** Two blocks with less in common than this are shown as one removed and one added block. */
const PAIR_SIMILARITY = 0.4;

type Block = ElementNode | TextNode;

const significant = (nodes: Node[]): Block[] => nodes.filter((n): n is Block => n.type === ELEMENT_NODE || (n.type === TEXT_NODE && n.value.trim() !== ''));
const textOf = (node: Node): string => (node.type === TEXT_NODE ? node.value : node.type === ELEMENT_NODE ? node.children.map(textOf).join(' ') : '');
/** Identity for alignment: the same HTML, whitespace aside. */
const keyOf = (node: Node) => toHtml(node).replace(/\s+/g, ' ').replace(/<br>/g, ' ');

/**
 * Compares two sequences of blocks: equal blocks are aligned with jsdiff, and the removed and added
 * blocks between them are paired when they are alike, so an edited block is compared inside and the
 * structure (lists, tables, rows) stays intact.
 */
export function diffBlocks(before: Node[], after: Node[], labels: RedlineLabels): string {
	const old = significant(before);
	const now = significant(after);
	let html = '';
	let i = 0;
	let j = 0;
	const parts = diffArrays(old.map(keyOf), now.map(keyOf));
	for (let k = 0; k < parts.length; k++) {
		const part = parts[k]!;
		const n = part.count ?? part.value.length;
		if (!part.added && !part.removed) {
			html += now.slice(j, (j += n)).map(toHtml).join('');
			i += n;
		} else if (part.removed && parts[k + 1]?.added) {
			const m = parts[k + 1]!.count ?? parts[k + 1]!.value.length;
			html += pairBlocks(old.slice(i, (i += n)), now.slice(j, (j += m)), labels);
			k++;
		} else if (part.removed) {
			html += old.slice(i, (i += n)).map((b) => whole(b, 'del', labels)).join('');
		} else {
			html += now.slice(j, (j += n)).map((b) => whole(b, 'ins', labels)).join('');
		}
	}
	return html;
}

function pairBlocks(removed: Block[], added: Block[], labels: RedlineLabels): string {
	// Cells of a row pair by column when the row kept its width.
	if (removed.length === added.length && removed.every((b, i) => isCell(b) && isCell(added[i]!))) {
		return removed.map((b, i) => diffBlock(b, added[i]!, labels)).join('');
	}
	let html = '';
	let next = 0;
	for (const old of removed) {
		// The most alike block of its kind among those left; lists and tables compare inside whatever their text,
		// rows and text blocks only when they share enough of it.
		const loose = CONTAINERS.has(nameOf(old)) && nameOf(old) !== 'tr';
		let match = -1;
		let best = loose ? -1 : PAIR_SIMILARITY - Number.EPSILON;
		for (let i = next; i < added.length; i++) {
			if (nameOf(added[i]!) !== nameOf(old)) continue;
			const score = similarity(textOf(old), textOf(added[i]!));
			if (score > best) [match, best] = [i, score];
		}
		if (match === -1) {
			html += whole(old, 'del', labels);
			continue;
		}
		html += added.slice(next, match).map((b) => whole(b, 'ins', labels)).join('');
		html += diffBlock(old, added[match]!, labels);
		next = match + 1;
	}
	return html + added.slice(next).map((b) => whole(b, 'ins', labels)).join('');
}

const nameOf = (block: Block) => (block.type === ELEMENT_NODE ? block.name : '#text');
const isCell = (block: Block) => nameOf(block) === 'td' || nameOf(block) === 'th';

function diffBlock(old: Block, now: Block, labels: RedlineLabels): string {
	if (old.type !== ELEMENT_NODE || now.type !== ELEMENT_NODE) return diffInline([old], [now], labels);
	const open = openTag(now);
	if (CONTAINERS.has(now.name)) return `${open}${diffBlocks(old.children, now.children, labels)}${closeTag(open)}`;
	if (TEXT.has(now.name)) {
		const [oldText, oldBlocks] = splitNested(old);
		const [nowText, nowBlocks] = splitNested(now);
		return `${open}${diffInline(oldText, nowText, labels)}${diffBlocks(oldBlocks, nowBlocks, labels)}${closeTag(open)}`;
	}
	return whole(old, 'del', labels) + whole(now, 'ins', labels);
}

/** A list item or cell: its own running text, then the blocks nested in it (a sub-list, paragraphs). */
function splitNested(node: ElementNode): [Node[], Node[]] {
	const first = node.children.findIndex((c) => c.type === ELEMENT_NODE && (CONTAINERS.has(c.name) || TEXT.has(c.name)));
	return first === -1 ? [node.children, []] : [node.children.slice(0, first), node.children.slice(first)];
}

/** A whole block added or removed: every run of text in it marked, the structure around kept valid. */
export function whole(block: Node, kind: 'ins' | 'del', labels: RedlineLabels): string {
	if (block.type === TEXT_NODE) return mark(kind, renderTokens(tokenize([block])), labels);
	if (block.type !== ELEMENT_NODE) return '';
	const open = openTag(block);
	if (CONTAINERS.has(block.name)) {
		const marked = block.name === 'tr' ? open.replace(/^<tr/, `<tr class="redline-${kind}"`) : open;
		return `${marked}${significant(block.children).map((c) => whole(c, kind, labels)).join('')}${closeTag(open)}`;
	}
	if (TEXT.has(block.name)) {
		const [text, nested] = splitNested(block);
		const inline = renderTokens(tokenize(text)).trim();
		return `${open}${mark(kind, inline, labels)}${nested.map((c) => whole(c, kind, labels)).join('')}${closeTag(open)}`;
	}
	if (TABLE_PARTS.has(block.name)) return kind === 'ins' ? toHtml(block) : '';
	return `<${kind} class="redline-block">${toHtml(block)}</${kind}>`;
}
