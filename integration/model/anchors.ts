import { ELEMENT_NODE, parse, type ElementNode, type Node } from 'ultrahtml';
import { toHtml } from './redline/tokens.ts';

/**
 * Gives the headings inside one clause's text ids under that clause (`retention--logs`): two clauses may
 * both have a "Logs" heading, and no heading may take a clause's own anchor (`#logs`), which never moves.
 * Links inside the text to those headings follow them.
 */
export function namespaceAnchors(html: string, clause: string): string {
	if (!/<h[1-6][^>]*\sid=/.test(html)) return html;
	const root = parse(html);
	const ids = new Set<string>();
	const prefixed = (id: string) => `${clause}--${id}`;
	for (const node of elements(root)) {
		if (/^h[1-6]$/.test(node.name) && node.attributes.id) {
			ids.add(node.attributes.id);
			node.attributes.id = prefixed(node.attributes.id);
		}
	}
	for (const node of elements(root)) {
		const target = node.name === 'a' && node.attributes.href?.startsWith('#') ? decodeURIComponent(node.attributes.href.slice(1)) : undefined;
		if (target !== undefined && ids.has(target)) node.attributes.href = `#${prefixed(target)}`;
	}
	return (root.children as Node[]).map(toHtml).join('');
}

function* elements(node: Node): Generator<ElementNode> {
	if (node.type === ELEMENT_NODE) yield node;
	for (const child of (node as { children?: Node[] }).children ?? []) yield* elements(child);
}
