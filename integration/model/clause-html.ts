import { elements, parseFragment, serialize, type ElementContent } from './html.ts';

/**
 * A clause's rendered text as the pages show it: the headings inside it take ids under the clause, and its
 * tables take keyboard focus. Parsed once, and only when there is something to change.
 */
export function clauseHtml(html: string, clause: string): string {
	const headings = /<h[1-6][^>]*\sid=/.test(html);
	const tables = html.includes('<table');
	if (!headings && !tables) return html;
	const nodes = parseFragment(html);
	if (headings) namespaceAnchors(nodes, clause);
	// A table wider than a phone scrolls inside itself: with focus, a reader without a pointer can scroll it too.
	if (tables) for (const node of elements(nodes)) if (node.tagName === 'table') node.properties.tabIndex = 0;
	return serialize(nodes);
}

/**
 * Gives the headings ids under the clause (`retention--logs`): two clauses may both have a "Logs" heading,
 * and no heading may take a clause's own anchor (`#logs`), which never moves. Links to them follow.
 */
function namespaceAnchors(nodes: ElementContent[], clause: string) {
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
}
