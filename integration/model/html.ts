import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { parseFragment as parseHtmlFragment } from 'parse5';

export type { Element, ElementContent };

/**
 * Reads rendered HTML as the HTML standard does (parse5): a `>` inside a quoted attribute value stays in
 * the value, so text escaped on the way in can never come out as markup. Without source positions, which
 * nothing here reads: tracking them cost a third of each parse and three objects per node.
 */
export function parseFragment(html: string): ElementContent[] {
	// A fragment becomes a root.
	return (fromParse5(parseHtmlFragment(html, { scriptingEnabled: false })) as Root).children as ElementContent[];
}

/** Writes nodes back with attribute values quoted and escaped, and named references where HTML has them. */
export function serialize(nodes: ElementContent | ElementContent[]): string {
	return toHtml(Array.isArray(nodes) ? { type: 'root', children: nodes } : nodes, {
		characterReferences: { useNamedReferences: true },
		allowDangerousHtml: true,
	});
}

/**
 * Markup Astro rendered (a clause text), written out as it is: reading it into nodes only to write it
 * back costs a parse per text. Never for text from anywhere else, which goes in through `text()`.
 */
export const rendered = (html: string) => ({ type: 'raw', value: html }) as unknown as ElementContent;

export function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
	return { type: 'element', tagName, properties, children };
}

export const text = (value: string): ElementContent => ({ type: 'text', value });

/** Every element in document order, the nodes themselves first. */
export function* elements(nodes: ElementContent[]): Generator<Element> {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		yield node;
		yield* elements(node.children);
	}
}
