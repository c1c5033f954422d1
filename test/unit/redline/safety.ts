/**
 * Checks that a redline is made of its inputs only: parsed the way a browser parses it, the output has no
 * element, attribute or text that neither side had, apart from the marks the redline adds itself.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { RedlineLabels } from '../../../integration/model/redline/index.ts';

/** Markup that ends a tag, an attribute, a comment or a CDATA section early if it is not escaped. */
export const PAYLOADS = [
	'"><script>alert(1)</script>',
	"' onmouseover='alert(1)",
	'" onclick="alert(1)" x="',
	'</abbr><img src=x onerror=alert(1)>',
	'</p></li></td></tr></tbody></table><script>alert(1)</script>',
	'<svg onload=alert(1)>',
	'&lt;script&gt;alert(1)&lt;/script&gt;',
	'&quot; &amp; &#x3C; &#60; &lt',
	'<!--',
	'--><script>alert(1)</script>',
	'<![CDATA[x]]>',
	']]>',
	'javascript:alert(1)',
	'<a href="javascript:alert(1)">x</a>',
	'{alert(1)} ${alert(1)} `x`',
];

/** An HTML fragment as a browser reads it inside `<body>`. */
export const parseFragment = (html: string): Root => fromHtml(html, { fragment: true });

export function* elements(node: Nodes): Generator<Element> {
	if (node.type === 'element') yield node;
	if ('children' in node) for (const child of node.children) yield* elements(child);
}

const classes = (element: Element) => (element.properties.className as string[] | undefined) ?? [];
const hasClass = (element: Element, name: string) => classes(element).includes(name);
const REDLINE_CLASSES = new Set(['redline-block', 'redline-ins', 'redline-del', 'visually-hidden', 'redline-link']);

/** The redline's own elements: its marks, their screen-reader labels and the list of changed link targets. */
const isOwn = (element: Element) =>
	element.tagName === 'ins' ||
	element.tagName === 'del' ||
	(element.tagName === 'span' && (hasClass(element, 'visually-hidden') || hasClass(element, 'redline-link')));

/** An element's attributes as `tag name="value"`, without the classes the redline gives rows. */
export function attributesOf(element: Element): string[] {
	return Object.entries(element.properties).flatMap(([name, value]) => {
		const own = name === 'className' && element.tagName === 'tr';
		const text = own
			? classes(element)
					.filter((c) => c !== 'redline-ins' && c !== 'redline-del')
					.join(' ')
			: Array.isArray(value)
				? value.join(' ')
				: String(value);
		return own && text === '' ? [] : [`<${element.tagName}> ${name}=${JSON.stringify(text)}`];
	});
}

/** Block elements: their text is read as separate from what comes before and after. */
const BLOCKS = new Set([
	'p',
	'li',
	'ul',
	'ol',
	'table',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'td',
	'th',
	'caption',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'dl',
	'dt',
	'dd',
	'div',
	'section',
	'blockquote',
	'address',
	'figure',
	'figcaption',
	'details',
	'summary',
]);
const LINK_LIST = '\u0000';

const rawText = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(rawText).join('') : '');

/** The text a reader sees, without the screen-reader labels and without one kind of mark. */
export function textOf(node: Nodes, drop?: 'ins' | 'del'): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' && node.type !== 'root') return '';
	if (node.type === 'element') {
		if (node.tagName === drop || (node.tagName === 'span' && hasClass(node, 'visually-hidden'))) return '';
		// A changed link's old and new targets are not text of either side.
		if (node.tagName === 'span' && hasClass(node, 'redline-link')) return LINK_LIST;
		if (node.tagName === 'br') return ' ';
	}
	const inner = node.children.map((child) => textOf(child, drop)).join('');
	return node.type === 'element' && BLOCKS.has(node.tagName) ? ` ${inner} ` : inner;
}

/** The redline writes a space before the list of changed link targets: that space goes with the list. */
export const normal = (text: string) =>
	text
		.replace(new RegExp(` ?${LINK_LIST}`, 'g'), '')
		.replace(/\s+/g, ' ')
		.trim();

export interface Sides {
	before?: string;
	after?: string;
}

/**
 * What is wrong with `output` as the redline of `before` and `after` (one of them alone for a clause added
 * or removed): an empty list when nothing is.
 */
export function problems(
	output: string,
	{ before, after }: Sides,
	labels: RedlineLabels,
	{ spaces = 'collapse' }: { spaces?: 'collapse' | 'ignore' } = {},
): string[] {
	const sides = [before, after].filter((s): s is string => s !== undefined).map(parseFragment);
	const tags = new Set(sides.flatMap((side) => [...elements(side)].map((e) => e.tagName)));
	const attributes = new Set(sides.flatMap((side) => [...elements(side)].flatMap(attributesOf)));
	const out = parseFragment(output);
	const found: string[] = [];
	const seen = new Set<string>();
	const visit = (element: Element, inLinkList: boolean) => {
		if (element.tagName === 'script') found.push('a <script> element');
		for (const name of Object.keys(element.properties)) if (/^on/i.test(name)) found.push(`an ${name} attribute on <${element.tagName}>`);
		if (isOwn(element)) {
			const extra = Object.keys(element.properties).filter((name) => name !== 'className');
			const unknown = classes(element).filter((c) => !REDLINE_CLASSES.has(c));
			if (extra.length + unknown.length > 0) found.push(`the redline's own <${element.tagName}> with ${[...extra, ...unknown].join(', ')}`);
			if (
				hasClass(element, 'visually-hidden') &&
				(element.children.some((c) => c.type !== 'text') || ![labels.inserted, labels.deleted].map((l) => `${l} `).includes(rawText(element)))
			) {
				found.push(`a screen-reader label that is not a label: ${JSON.stringify(rawText(element))}`);
			}
		} else if (inLinkList) {
			// The old and new link targets are written as text: any element in them came out of a target.
			found.push(`a <${element.tagName}> element in the list of changed link targets`);
		} else {
			if (!tags.has(element.tagName)) found.push(`a <${element.tagName}> element neither side had`);
			for (const attribute of attributesOf(element)) {
				seen.add(attribute);
				if (!attributes.has(attribute)) found.push(`the attribute ${attribute}, which neither side had`);
			}
		}
		const linkList = inLinkList || (element.tagName === 'span' && hasClass(element, 'redline-link'));
		for (const child of element.children) if (child.type === 'element') visit(child, linkList);
	};
	for (const child of out.children) if (child.type === 'element') visit(child, false);
	// The new text's attributes all show; for a clause removed, the old text's do.
	const shown = after !== undefined ? parseFragment(after) : sides[0]!;
	for (const attribute of new Set([...elements(shown)].flatMap(attributesOf))) if (!seen.has(attribute)) found.push(`the attribute ${attribute} is missing`);
	// Each side's text, whitespace aside: the output without the insertions is the old text, without the deletions the new.
	// (Whitespace next to a change stays outside the marks, so one side can gain a space; `ignore` allows for that.)
	const read = (node: Nodes, drop?: 'ins' | 'del') => (spaces === 'ignore' ? normal(textOf(node, drop)).replace(/\s/g, '') : normal(textOf(node, drop)));
	const [oldText, newText] = [before, after].map((side) => (side === undefined ? '' : read(parseFragment(side))));
	const [withoutIns, withoutDel] = [read(out, 'ins'), read(out, 'del')];
	if (withoutIns !== oldText) found.push(`the old text reads ${JSON.stringify(withoutIns)}, not ${JSON.stringify(oldText)}`);
	if (withoutDel !== newText) found.push(`the new text reads ${JSON.stringify(withoutDel)}, not ${JSON.stringify(newText)}`);
	return found;
}
