import { diffArrays } from 'diff';
import { element, serialize, type Element, type ElementContent } from '../html.ts';
import { diffInline, mark, type RedlineLabels } from './inline.ts';
import { profile, similarity, type TextProfile } from './similarity.ts';
import { renderTokens, tokenize } from './tokens.ts';

/** Elements whose children are blocks: they are kept and their children compared one by one. */
const CONTAINERS = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'div', 'section', 'details', 'figure']);
/** Elements that hold running text (and, for list items and cells, possibly nested blocks). */
const TEXT = new Set(['p', 'address', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'summary']);
/** Parts of a table that hold no text: an old one is dropped and a new one kept, unmarked. */
const TABLE_PARTS = new Set(['colgroup', 'col']);
/** Two blocks with less in common than this are shown as one removed and one added block. */
const PAIR_SIMILARITY = 0.4;

type Block = ElementContent;

const significant = (nodes: ElementContent[]): Block[] => nodes.filter((n) => n.type === 'element' || (n.type === 'text' && n.value.trim() !== ''));
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join(' ') : '');
const profiles = new WeakMap<Block, TextProfile>();
/** A block's text as the similarity reads it, made once per node of a text read once. */
function profileOf(node: Block): TextProfile {
	let made = profiles.get(node);
	if (!made) profiles.set(node, (made = profile(textOf(node))));
	return made;
}
const keys = new WeakMap<Block, string>();
/** Identity for alignment: the same HTML, whitespace aside; written once per node of a text read once. */
function keyOf(node: Block): string {
	let key = keys.get(node);
	if (key === undefined) keys.set(node, (key = serialize(node).replace(/\s+|<br>/g, ' ')));
	return key;
}
/** The same element with other children. */
const withChildren = (node: Element, children: ElementContent[]) => element(node.tagName, node.properties, children);

/**
 * Compares two sequences of blocks: equal blocks are aligned with jsdiff, and the removed and added
 * blocks between them are paired when they are alike, so an edited block is compared inside and the
 * structure (lists, tables, rows) stays intact.
 */
export function diffBlocks(before: ElementContent[], after: ElementContent[], labels: RedlineLabels): ElementContent[] {
	const old = significant(before);
	const now = significant(after);
	const out: ElementContent[] = [];
	let i = 0;
	let j = 0;
	const parts = diffArrays(old.map(keyOf), now.map(keyOf));
	for (let k = 0; k < parts.length; k++) {
		const part = parts[k]!;
		const n = part.count ?? part.value.length;
		if (!part.added && !part.removed) {
			out.push(...now.slice(j, (j += n)));
			i += n;
		} else if (part.removed && parts[k + 1]?.added) {
			const m = parts[k + 1]!.count ?? parts[k + 1]!.value.length;
			out.push(...pairBlocks(old.slice(i, (i += n)), now.slice(j, (j += m)), labels));
			k++;
		} else if (part.removed) {
			out.push(...old.slice(i, (i += n)).flatMap((b) => whole(b, 'del', labels)));
		} else {
			out.push(...now.slice(j, (j += n)).flatMap((b) => whole(b, 'ins', labels)));
		}
	}
	return out;
}

function pairBlocks(removed: Block[], added: Block[], labels: RedlineLabels): ElementContent[] {
	// Cells of a row pair by column when the row kept its width.
	if (removed.length === added.length && removed.every((b, i) => isCell(b) && isCell(added[i]!))) {
		return removed.flatMap((b, i) => diffBlock(b, added[i]!, labels));
	}
	const out: ElementContent[] = [];
	let next = 0;
	for (const old of removed) {
		// The most alike block of its kind among those left; lists and tables compare inside whatever their text,
		// rows and text blocks only when they share enough of it.
		const loose = CONTAINERS.has(nameOf(old)) && nameOf(old) !== 'tr';
		let match = -1;
		let best = loose ? -1 : PAIR_SIMILARITY - Number.EPSILON;
		for (let i = next; i < added.length; i++) {
			if (nameOf(added[i]!) !== nameOf(old)) continue;
			const score = similarity(profileOf(old), profileOf(added[i]!));
			if (score > best) [match, best] = [i, score];
		}
		if (match === -1) {
			out.push(...whole(old, 'del', labels));
			continue;
		}
		out.push(...added.slice(next, match).flatMap((b) => whole(b, 'ins', labels)));
		out.push(...diffBlock(old, added[match]!, labels));
		next = match + 1;
	}
	return [...out, ...added.slice(next).flatMap((b) => whole(b, 'ins', labels))];
}

const nameOf = (block: Block) => (block.type === 'element' ? block.tagName : '#text');
const isCell = (block: Block) => nameOf(block) === 'td' || nameOf(block) === 'th';

function diffBlock(old: Block, now: Block, labels: RedlineLabels): ElementContent[] {
	if (old.type !== 'element' || now.type !== 'element') return diffInline([old], [now], labels);
	if (CONTAINERS.has(now.tagName)) return [withChildren(now, diffBlocks(old.children, now.children, labels))];
	if (TEXT.has(now.tagName)) {
		const [oldText, oldBlocks] = splitNested(old);
		const [nowText, nowBlocks] = splitNested(now);
		return [withChildren(now, [...diffInline(oldText, nowText, labels), ...diffBlocks(oldBlocks, nowBlocks, labels)])];
	}
	return [...whole(old, 'del', labels), ...whole(now, 'ins', labels)];
}

/** A list item or cell: its own running text, then the blocks nested in it (a sub-list, paragraphs). */
function splitNested(node: Element): [ElementContent[], ElementContent[]] {
	const first = node.children.findIndex((c) => c.type === 'element' && (CONTAINERS.has(c.tagName) || TEXT.has(c.tagName)));
	return first === -1 ? [node.children, []] : [node.children.slice(0, first), node.children.slice(first)];
}

/** A whole block added or removed: every run of text in it marked, the structure around kept valid. */
export function whole(block: Block, kind: 'ins' | 'del', labels: RedlineLabels): ElementContent[] {
	if (block.type === 'text') return mark(kind, renderTokens(tokenize([block])), labels);
	if (block.type !== 'element') return [];
	if (CONTAINERS.has(block.tagName)) {
		const children = significant(block.children).flatMap((c) => whole(c, kind, labels));
		if (block.tagName !== 'tr') return [withChildren(block, children)];
		const className = [`redline-${kind}`, ...((block.properties.className as string[] | undefined) ?? [])];
		return [element('tr', { ...block.properties, className }, children)];
	}
	if (TEXT.has(block.tagName)) {
		const [inline, nested] = splitNested(block);
		const tokens = tokenize(inline);
		// Whitespace at the edges of the block's own text is not part of what was added or removed.
		const edge = (t: (typeof tokens)[number] | undefined) => t?.type === 'space' && t.context.length === 0;
		while (edge(tokens[0])) tokens.shift();
		while (edge(tokens.at(-1))) tokens.pop();
		return [withChildren(block, [...mark(kind, renderTokens(tokens), labels), ...nested.flatMap((c) => whole(c, kind, labels))])];
	}
	if (TABLE_PARTS.has(block.tagName)) return kind === 'ins' ? [block] : [];
	return [element(kind, { className: ['redline-block'] }, [block])];
}
