import { diffArrays, diffChars, diffWordsWithSpace } from 'diff';
import { decodeHTML, escapeText } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, type ElementNode } from 'ultrahtml';

/** Words a screen reader hears before a change; `<ins>`/`<del>` alone are not announced by most. */
export interface RedlineLabels {
	inserted: string;
	deleted: string;
}

interface Block {
	/** `li` blocks remember their list so consecutive items are regrouped. */
	list: string | undefined;
	name: string;
	attrs: string;
	inner: string;
	html: string;
}

type Piece = { kind: 'same' | 'added' | 'removed'; block: Block } | { kind: 'changed'; block: Block; inner: string };

/**
 * A word-level redline of two rendered clause texts. Blocks (paragraphs, list items, headings) are
 * aligned first, so lists and links stay well-formed; words are then compared inside changed blocks.
 */
export function redlineHtml(before: string, after: string, labels: RedlineLabels): string {
	const changes = diffArrays(toBlocks(before), toBlocks(after), { comparator: (a, b) => a.html === b.html });
	const pieces: Piece[] = [];
	for (let i = 0; i < changes.length; i++) {
		const change = changes[i]!;
		const next = changes[i + 1];
		if (change.removed && next?.added) {
			pieces.push(...pairBlocks(change.value, next.value, labels));
			i++;
		} else {
			const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
			pieces.push(...change.value.map((block) => ({ kind, block }) as Piece));
		}
	}
	return renderPieces(pieces, labels);
}

/** Wraps a whole text as inserted or deleted, for clauses added or removed in a version. */
export function wholeText(html: string, kind: 'added' | 'removed', labels: RedlineLabels): string {
	return renderPieces(toBlocks(html).map((block) => ({ kind, block })), labels);
}

/**
 * Pairs removed with added blocks that are similar enough to show as one edited block; the rest are
 * shown as removed or added whole. Order is kept on both sides.
 */
function pairBlocks(removed: Block[], added: Block[], labels: RedlineLabels): Piece[] {
	const pieces: Piece[] = [];
	let next = 0;
	for (const old of removed) {
		const match = added.findIndex((now, i) => i >= next && now.name === old.name && now.list === old.list && similarity(old.inner, now.inner) >= 0.5);
		if (match === -1) {
			pieces.push({ kind: 'removed', block: old });
			continue;
		}
		pieces.push(...added.slice(next, match).map((block) => ({ kind: 'added', block }) as Piece));
		pieces.push({ kind: 'changed', block: added[match]!, inner: diffInline(old.inner, added[match]!.inner, labels) });
		next = match + 1;
	}
	pieces.push(...added.slice(next).map((block) => ({ kind: 'added', block }) as Piece));
	return pieces;
}

/** Share of characters two texts have in common, compared by characters or by words: 1 for equal, 0 for nothing shared. */
function similarity(a: string, b: string, diff: typeof diffChars = diffChars): number {
	const common = diff(a, b).reduce((sum, part) => sum + (part.added || part.removed ? 0 : part.value.length), 0);
	return common / Math.max(a.length, b.length, 1);
}

function toBlocks(html: string): Block[] {
	const blocks: Block[] = [];
	for (const node of parse(html).children) {
		if (node.type === TEXT_NODE && !node.value.trim()) continue;
		if (node.type === ELEMENT_NODE && (node.name === 'ul' || node.name === 'ol')) {
			const list = `${node.name}${attrsOf(node)}`;
			for (const item of node.children) if (item.type === ELEMENT_NODE) blocks.push(toBlock(item, list));
		} else if (node.type === ELEMENT_NODE) {
			blocks.push(toBlock(node, undefined));
		} else if (node.type === TEXT_NODE) {
			blocks.push({ list: undefined, name: 'p', attrs: '', inner: node.value, html: node.value });
		}
	}
	return blocks;
}

function toBlock(node: ElementNode, list: string | undefined): Block {
	const inner = node.children.map((child) => renderSync(child)).join('');
	return { list, name: node.name, attrs: attrsOf(node), inner, html: renderSync(node) };
}

function attrsOf(node: ElementNode): string {
	return Object.entries(node.attributes)
		.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
		.join('');
}

/** Elements whose content can be wrapped in `<ins>`/`<del>`; others are wrapped whole. */
const TEXT_CONTAINERS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'blockquote', 'figcaption']);

function renderPieces(pieces: Piece[], labels: RedlineLabels): string {
	let html = '';
	let openList: string | undefined;
	for (const piece of pieces) {
		const { block } = piece;
		if (block.list !== openList) {
			if (openList) html += `</${openList.split(' ')[0]}>`;
			if (block.list) html += `<${block.list}>`;
			openList = block.list;
		}
		html += renderPiece(piece, labels);
	}
	if (openList) html += `</${openList.split(' ')[0]}>`;
	return html;
}

function renderPiece(piece: Piece, labels: RedlineLabels): string {
	const { block } = piece;
	const open = `<${block.name}${block.attrs}>`;
	const close = `</${block.name}>`;
	if (piece.kind === 'same') return block.html;
	if (piece.kind === 'changed') return `${open}${piece.inner}${close}`;
	const tag = piece.kind === 'added' ? 'ins' : 'del';
	const label = srLabel(piece.kind === 'added' ? labels.inserted : labels.deleted);
	if (TEXT_CONTAINERS.has(block.name)) return `${open}<${tag}>${label}${block.inner}</${tag}>${close}`;
	return `<${tag} class="redline-block">${label}${block.html}</${tag}>`;
}

function srLabel(text: string): string {
	return `<span class="visually-hidden">${escapeText(text)} </span>`;
}

/** Splits inline HTML into alternating text and tag tokens: text, tag, text, ..., text. */
function inlineTokens(html: string): { texts: string[]; tags: string[] } {
	const texts = [''];
	const tags: string[] = [];
	const visit = (node: { type: number; value?: string; name?: string; children?: unknown[] } & Record<string, unknown>) => {
		if (node.type === TEXT_NODE) {
			texts[texts.length - 1] += decodeHTML(node.value!);
		} else if (node.type === ELEMENT_NODE) {
			const element = node as unknown as ElementNode;
			tags.push(`<${element.name}${attrsOf(element)}>`);
			texts.push('');
			for (const child of element.children) visit(child as never);
			tags.push(`</${element.name}>`);
			texts.push('');
		}
	};
	for (const node of parse(html).children) visit(node);
	return { texts, tags };
}

/** Word diff inside one block. Where the inline markup itself changed (a link target, say), the old and new text are shown whole. */
function diffInline(before: string, after: string, labels: RedlineLabels): string {
	const old = inlineTokens(before);
	const now = inlineTokens(after);
	const del = (text: string) => (text ? `<del>${srLabel(labels.deleted)}${escapeText(text)}</del>` : '');
	const ins = (text: string) => (text ? `<ins>${srLabel(labels.inserted)}${escapeText(text)}</ins>` : '');
	// A rewritten paragraph reads better as old and new side by side than as confetti of word changes.
	if (old.tags.join('') !== now.tags.join('') || similarity(old.texts.join(' '), now.texts.join(' '), diffWordsWithSpace) < 0.5) {
		return `<del>${srLabel(labels.deleted)}${before}</del> <ins>${srLabel(labels.inserted)}${after}</ins>`;
	}
	return now.texts
		.map((text, i) => {
			const words = diffWordsWithSpace(old.texts[i]!, text)
				.map((part) => (part.added ? ins(part.value) : part.removed ? del(part.value) : escapeText(part.value)))
				.join('');
			return words + (now.tags[i] ?? '');
		})
		.join('');
}
