import { element, serialize, text, type Element, type ElementContent } from '../html.ts';

/** An inline element a token sits inside, without its children; `key` is its start tag, for comparing. */
export interface Frame {
	key: string;
	element: Element;
}

/**
 * One unit of inline text. Words are never split, so a change always starts and ends at a word
 * boundary; `context` is the chain of inline elements around the token (a link with its target, say).
 */
export interface Token {
	type: 'word' | 'punct' | 'space' | 'break' | 'atomic';
	/** The text; for `atomic`, the element's HTML, which is its identity; empty for `break`, a hard line break. */
	text: string;
	/** For `atomic`: the element, written back as it is. */
	node?: ElementContent;
	context: Frame[];
}

/** Inline elements a token can sit inside; anything else in running text is kept whole as one token. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'time', 'dfn']);
// A word runs on through joiners between letters or digits, so `e-mail`, `1.000,50`, `art. 52`'s `52`,
// `privacy@example.nl` and `consent=all` are each one token and a change never starts inside them.
const WORDS = /[\p{L}\p{N}_]+(?:['’\-.,@/:=?&#%+~][\p{L}\p{N}_]+)*|\s+|[^\p{L}\p{N}_\s]/gu;

/** An element without its children, to open around tokens; its key is its start tag as written back. */
function frameOf(node: Element): Frame {
	const shell = element(node.tagName, node.properties);
	return { key: serialize(shell).replace(/<\/[^>]+>$/, ''), element: shell };
}

export function tokenize(nodes: ElementContent[], context: Frame[] = [], tokens: Token[] = []): Token[] {
	for (const node of nodes) {
		if (node.type === 'text') {
			// `match` gives the words alone; `matchAll` would build a match object for each of them.
			for (const value of node.value.match(WORDS) ?? []) {
				const type = /^\s/.test(value) ? 'space' : /^[\p{L}\p{N}_]/u.test(value) ? 'word' : 'punct';
				tokens.push({ type, text: value, context });
			}
		} else if (node.type === 'element') {
			if (node.tagName === 'br') tokens.push({ type: 'break', text: '', context });
			// An empty inline element (an anchor, say) has no words to sit around: it is kept whole.
			else if (INLINE.has(node.tagName) && node.children.length > 0) tokenize(node.children, [...context, frameOf(node)], tokens);
			else tokens.push({ type: 'atomic', text: serialize(node), node, context });
		}
	}
	return tokens;
}

/** What makes two tokens the same: whitespace of any kind (a soft or hard line break too) is one space. */
export function tokenKey(token: Token): string {
	return `${token.context.map((f) => f.key).join('')}\u0000${token.type === 'space' || token.type === 'break' ? ' ' : token.text}`;
}

/** Words a screen reader hears before a change; `<ins>`/`<del>` alone are not announced by most. */
export interface RedlineLabels {
	inserted: string;
	deleted: string;
}

/** The pseudo-elements a change adds to a token's context; code and other elements stay atomic, so these never clash. */
export const DEL: Frame = frameOf(element('del', {}));
export const INS: Frame = frameOf(element('ins', {}));

export function srLabel(label: string): Element {
	return element('span', { className: ['visually-hidden'] }, [text(`${label} `)]);
}

/**
 * Builds the nodes of tokens in one pass, opening and closing their inline elements, and the `<del>`/`<ins>`
 * of a change, around each run that shares them: a change inside a link stays inside that one link.
 */
export function renderTokens(tokens: Token[], labels?: RedlineLabels): ElementContent[] {
	const root: ElementContent[] = [];
	// The frames open now, each with the element built for it.
	let open: { frame: Frame; node: Element }[] = [];
	const append = (node: ElementContent) => {
		const children = open.at(-1)?.node.children ?? root;
		const last = children.at(-1);
		if (node.type === 'text' && last?.type === 'text') last.value += node.value;
		else children.push(node);
	};
	for (const token of tokens) {
		let shared = 0;
		while (shared < open.length && shared < token.context.length && open[shared]!.frame.key === token.context[shared]!.key) shared++;
		open = open.slice(0, shared);
		for (const frame of token.context.slice(shared)) {
			const node = element(frame.element.tagName, { ...frame.element.properties });
			if (labels && (frame === DEL || frame === INS)) node.children.push(srLabel(frame === DEL ? labels.deleted : labels.inserted));
			append(node);
			open.push({ frame, node });
		}
		append(token.type === 'atomic' ? token.node! : token.type === 'break' ? element('br', {}) : text(token.text));
	}
	return root;
}

export const wordCount = (tokens: Token[]) => tokens.filter((t) => t.type === 'word').length;
