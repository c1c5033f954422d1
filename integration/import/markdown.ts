import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Parents, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse } from 'yaml';

/**
 * A Markdown file as its syntax tree, with GFM (tables, strikethrough, bare links). Raw HTML in it would
 * be read as JSX by MDX, so HTML blocks become Markdown through the same converter as a saved page, and an
 * inline `<br>` a line break; other inline tags are dropped, the text between them stays. YAML
 * frontmatter (a page of a static site) is set aside; its `title` names a statement that has no `#` heading.
 */
export function markdownTree(source: string): { tree: Root; title: string | undefined } {
	const tree = fromMarkdown(source, { extensions: [gfm(), frontmatter()], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown()] });
	const matter = tree.children[0]?.type === 'yaml' ? tree.children.shift() : undefined;
	replaceHtml(tree);
	return { tree, title: matter?.type === 'yaml' ? titleOf(matter.value) : undefined };
}

function titleOf(yaml: string): string | undefined {
	try {
		const data: unknown = parse(yaml);
		const title = data && typeof data === 'object' && 'title' in data ? data.title : undefined;
		return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
	} catch {
		// Frontmatter that is not YAML names nothing; the statement's text is all in the body.
		return undefined;
	}
}

/** Where an HTML node is inline: a tag inside text, not a block of HTML. */
const HOLD_PHRASING = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

function replaceHtml(parent: Parents): void {
	const children: RootContent[] = [];
	for (const child of parent.children) {
		if (child.type !== 'html') {
			if ('children' in child) replaceHtml(child);
			children.push(child);
			continue;
		}
		const html = fromHtml(child.value, { fragment: true }) as HastRoot;
		if (HOLD_PHRASING.has(parent.type)) {
			const element = html.children[0];
			if (element?.type === 'element' && element.tagName === 'br') children.push({ type: 'break' });
		} else {
			children.push(...(toMdast(html) as Root).children);
		}
	}
	// The line ending after a `<br>` would otherwise be written out as `&#xA;`.
	children.forEach((child, index) => {
		const next = children[index + 1];
		if (child.type === 'break' && next?.type === 'text') next.value = next.value.replace(/^[ \t\r\n]+/, '');
	});
	(parent as { children: RootContent[] }).children = children;
}
