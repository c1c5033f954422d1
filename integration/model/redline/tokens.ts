import { decodeHTML, decodeHTMLAttribute, escapeAttribute, escapeText } from 'entities';
import { ELEMENT_NODE, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';

/**
 * One unit of inline text. Words are never split, so a change always starts and ends at a word
 * boundary; `context` is the chain of inline elements around the token (a link with its target, say).
 */
export interface Token {
	type: 'word' | 'punct' | 'space' | 'break' | 'atomic';
	/** Decoded text; for `atomic`, the element's HTML; empty for `break`, a hard line break. */
	text: string;
	context: string[];
}

/** Inline elements a token can sit inside; anything else in running text is kept whole as one token. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'time', 'dfn']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// A word runs on through joiners between letters or digits, so `e-mail`, `1.000,50`, `art. 52`'s `52`,
// `privacy@example.nl` and `consent=all` are each one token and a change never starts inside them.
const WORDS = /[\p{L}\p{N}_]+(?:['’\-.,@/:=?&#%+~][\p{L}\p{N}_]+)*|\s+|[^\p{L}\p{N}_\s]/gu;

export function openTag(node: ElementNode): string {
	// ultrahtml leaves attribute values as written, entities and all: decoded here, or `&amp;` would come out as `&amp;amp;`.
	const attrs = Object.entries(node.attributes).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(decodeHTMLAttribute(String(value)))}"`));
	return `<${node.name}${attrs.join('')}>`;
}

export function closeTag(open: string): string {
	return `</${/^<([a-z0-9-]+)/i.exec(open)![1]}>`;
}

/** Serialises a node as HTML, writing void elements as `<br>` (ultrahtml's own writer gives `<br></br>`). */
export function toHtml(node: Node): string {
	if (node.type === TEXT_NODE) return escapeText(decodeHTML(node.value));
	if (node.type !== ELEMENT_NODE) return '';
	const open = openTag(node);
	if (VOID.has(node.name)) return open;
	return `${open}${node.children.map(toHtml).join('')}${closeTag(open)}`;
}

export function tokenize(nodes: Node[], context: string[] = [], tokens: Token[] = []): Token[] {
	for (const node of nodes) {
		if (node.type === TEXT_NODE) {
			for (const [text] of decodeHTML(node.value).matchAll(WORDS)) {
				const type = /^\s/.test(text) ? 'space' : /^[\p{L}\p{N}_]/u.test(text) ? 'word' : 'punct';
				tokens.push({ type, text, context });
			}
		} else if (node.type === ELEMENT_NODE) {
			if (node.name === 'br') tokens.push({ type: 'break', text: '', context });
			else if (INLINE.has(node.name)) tokenize(node.children, [...context, openTag(node)], tokens);
			else tokens.push({ type: 'atomic', text: toHtml(node), context });
		}
	}
	return tokens;
}

/** What makes two tokens the same: whitespace of any kind (a soft or hard line break too) is one space. */
export function tokenKey(token: Token): string {
	return `${token.context.join('')}\u0000${token.type === 'space' || token.type === 'break' ? ' ' : token.text}`;
}

/** Words a screen reader hears before a change; `<ins>`/`<del>` alone are not announced by most. */
export interface RedlineLabels {
	inserted: string;
	deleted: string;
}

/** The pseudo-elements a change adds to a token's context; code and other elements stay atomic, so these never clash. */
export const DEL = '<del>';
export const INS = '<ins>';

export function srLabel(text: string): string {
	return `<span class="visually-hidden">${escapeText(text)} </span>`;
}

/**
 * Renders tokens in one pass, opening and closing their inline elements, and the `<del>`/`<ins>` of a
 * change, around each run that shares them: a change inside a link stays inside that one link.
 */
export function renderTokens(tokens: Token[], labels?: RedlineLabels): string {
	const open_ = (tag: string) => (tag === DEL && labels ? `${tag}${srLabel(labels.deleted)}` : tag === INS && labels ? `${tag}${srLabel(labels.inserted)}` : tag);
	let html = '';
	let open: string[] = [];
	for (const token of tokens) {
		let shared = 0;
		while (shared < open.length && shared < token.context.length && open[shared] === token.context[shared]) shared++;
		for (const tag of open.slice(shared).reverse()) html += closeTag(tag);
		html += token.context.slice(shared).map(open_).join('');
		open = token.context;
		html += token.type === 'atomic' ? token.text : token.type === 'break' ? '<br>' : escapeText(token.text);
	}
	for (const tag of [...open].reverse()) html += closeTag(tag);
	return html;
}

export const wordCount = (tokens: Token[]) => tokens.filter((t) => t.type === 'word').length;
