import type { Heading, Nodes, Parents, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { numberPath, splitNumber } from './numbering.ts';
import { phrasingText } from './plain-text.ts';
import type { ImportedSection, ImportedStatement } from './types.ts';

interface OpenSection {
	section: ImportedSection;
	depth: number;
	path: number[];
	blocks: RootContent[];
}

/**
 * The statement in a syntax tree: its title (a first heading of level 1 that is not numbered), the intro
 * before the first section, and one section per further heading, nested by their numbers where they
 * have them (`3.2` under `3`) and by heading level where they do not.
 */
export function sectionsOf(tree: Root): ImportedStatement {
	dropImagesAndHtml(tree);
	const blocks = tree.children;
	const first = blocks.findIndex((block) => block.type === 'heading');
	const titleHeading = blocks[first];
	const hasTitle = titleHeading?.type === 'heading' && titleHeading.depth === 1 && splitNumber(headingText(titleHeading)).number === undefined;
	const introBlocks: RootContent[] = [];
	const sections: ImportedSection[] = [];
	const open: OpenSection[] = [];
	const all: OpenSection[] = [];
	let current: RootContent[] = introBlocks;
	blocks.forEach((block, index) => {
		if (hasTitle && index === first) return;
		if (block.type !== 'heading') return current.push(block);
		const { number, heading } = splitNumber(headingText(block));
		const opened: OpenSection = { section: { heading, number, markdown: '', children: [] }, depth: block.depth, path: numberPath(number), blocks: [] };
		while (open.length > 0 && !holds(open[open.length - 1], opened)) open.pop();
		(open.at(-1)?.section.children ?? sections).push(opened.section);
		open.push(opened);
		all.push(opened);
		current = opened.blocks;
	});
	// Written out once each section has all its blocks.
	for (const { section, blocks: own } of all) section.markdown = markdownOf(own);
	const intro = markdownOf(introBlocks);
	return {
		title: hasTitle ? headingText(titleHeading) : undefined,
		intro: intro === '' ? undefined : intro,
		sections,
		relativeLinks: [...new Set(relativeLinks(tree))],
	};
}

/** Numbers decide when both sections have them (`4` is not under `3`, whatever the heading levels say); heading levels otherwise. */
function holds(parent: OpenSection, child: OpenSection): boolean {
	if (parent.path.length > 0 && child.path.length > 0) {
		return parent.path.length < child.path.length && parent.path.every((part, index) => part === child.path[index]);
	}
	return parent.depth < child.depth;
}

/**
 * MDX-safe: `mdxToMarkdown` escapes `{` and `<`, resource links keep `<address>` autolinks (JSX to MDX)
 * out, and a line starting with `import ` or `export ` would be read as JavaScript.
 */
function markdownOf(blocks: RootContent[]): string {
	if (blocks.length === 0) return '';
	const root: Root = { type: 'root', children: blocks };
	return toMarkdown(root, {
		extensions: [gfmToMarkdown(), mdxToMarkdown()],
		resourceLink: true,
		bullet: '-',
		emphasis: '_',
		rule: '-',
		listItemIndent: 'one',
		fences: true,
		unsafe: [
			{ atBreak: true, character: 'i', after: 'mport\\s' },
			{ atBreak: true, character: 'e', after: 'xport\\s' },
		],
	}).trimEnd();
}

function headingText(heading: Heading): string {
	return phrasingText(heading.children)
		.replace(/[ \t\n\r\f]+/g, ' ')
		.trim();
}

/**
 * Clauses may not show images (a logo, a tracking pixel), and MDX reads raw HTML as JSX: what is left of it
 * here is comments, which show nothing. A link left without text goes too.
 */
function dropImagesAndHtml(parent: Parents): void {
	const kept: Nodes[] = [];
	for (const child of parent.children) {
		if (child.type === 'image' || child.type === 'imageReference' || child.type === 'html') continue;
		if ('children' in child) {
			dropImagesAndHtml(child);
			if ((child.type === 'link' || child.type === 'linkReference') && child.children.length === 0) continue;
		}
		kept.push(child);
	}
	(parent as { children: Nodes[] }).children = kept;
}

/** Links without a scheme (`/voorwaarden`, `#cookies`, `../contact`): they point into the old site, so the import reports them. */
function* relativeLinks(node: Nodes): Generator<string> {
	if ((node.type === 'link' || node.type === 'definition') && !URL.canParse(node.url)) yield node.url;
	if ('children' in node) for (const child of node.children) yield* relativeLinks(child);
}
