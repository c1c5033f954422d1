import type { Nodes, PhrasingContent } from 'mdast';

/** The text of inline nodes as a reader sees it: a line break starts a new line, raw HTML shows nothing. */
export function phrasingText(nodes: PhrasingContent[]): string {
	return nodes
		.map((node) =>
			node.type === 'break' ? '\n' : node.type === 'html' ? '' : 'value' in node ? node.value : 'children' in node ? phrasingText(node.children) : '',
		)
		.join('');
}

const BLOCKS_WITH_TEXT = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The text of a syntax tree, a line per paragraph, heading, table cell and code block; what MDX would
 * not show as text (expressions, ESM, raw HTML) adds nothing.
 */
export function treeText(node: Nodes): string {
	if (BLOCKS_WITH_TEXT.has(node.type) && 'children' in node) return `${phrasingText(node.children as PhrasingContent[])}\n`;
	if (node.type === 'code') return `${node.value}\n`;
	return 'children' in node ? node.children.map((child) => treeText(child as Nodes)).join('') : '';
}
