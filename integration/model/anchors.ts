import { elements, parseFragment, serialize } from './html.ts';

/**
 * Gives the headings inside one clause's text ids under that clause (`retention--logs`): two clauses may
 * both have a "Logs" heading, and no heading may take a clause's own anchor (`#logs`), which never moves.
 * Links inside the text to those headings follow them.
 */
export function namespaceAnchors(html: string, clause: string): string {
	if (!/<h[1-6][^>]*\sid=/.test(html)) return html;
	const nodes = parseFragment(html);
	const ids = new Set<string>();
	const prefixed = (id: string) => `${clause}--${id}`;
	for (const node of elements(nodes)) {
		const id = node.properties.id;
		if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string' && id !== '') {
			ids.add(id);
			node.properties.id = prefixed(id);
		}
	}
	for (const node of elements(nodes)) {
		const href = node.properties.href;
		const target = node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') ? decodeURIComponent(href.slice(1)) : undefined;
		if (target !== undefined && ids.has(target)) node.properties.href = `#${prefixed(target)}`;
	}
	return serialize(nodes);
}

/**
 * A table in a clause scrolls inside itself where it is wider than a phone: it takes keyboard focus, so a
 * reader without a pointer can scroll it too.
 */
export function focusableTables(html: string): string {
	if (!html.includes('<table')) return html;
	const nodes = parseFragment(html);
	for (const node of elements(nodes)) if (node.tagName === 'table') node.properties.tabIndex = 0;
	return serialize(nodes);
}
