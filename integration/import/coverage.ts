import { gfmFromMarkdown } from 'mdast-util-gfm';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { pageText } from './html.ts';
import { markdownTree } from './markdown.ts';
import { BULLET, LEADING_NUMBER } from './numbering.ts';
import { treeText } from './plain-text.ts';
import type { ImportedSection, ImportedStatement, SourceFormat } from './types.ts';

/**
 * The sentences of a text, in order: lines (and table cells) split at sentence ends. Bullets and section
 * numbers at the start of a line are left out, since the import turns them into list items and `number`;
 * white space counts as one space, so a re-wrapped line still matches.
 */
export function sentencesOf(plainText: string): string[] {
	const sentences: string[] = [];
	for (const raw of plainText.split(/[\n\r\t\u2028\u2029]+/)) {
		const line = raw.replace(/\s+/g, ' ').trim().replace(BULLET, '').replace(LEADING_NUMBER, '');
		for (const sentence of line.split(/(?<=[.!?…][)"'”’]*) (?=[\p{Lu}\p{N}"'“‘(])/u)) if (/[\p{L}\p{N}]/u.test(sentence)) sentences.push(sentence.trim());
	}
	return sentences;
}

/**
 * Holds the import to "not a sentence lost": each sentence of the source's text must be found in the
 * statement's text, as MDX will read it, after the one before it. The characters count the sentences.
 */
export function coverage(source: string, format: SourceFormat, statement: ImportedStatement): { sourceChars: number; outputChars: number; missing: string[] } {
	const inSource = sentencesOf(format === 'html' ? pageText(source) : format === 'markdown' ? treeText(markdownTree(source).tree) : source);
	const wanted = [...inSource];
	const title = sentencesOf(statement.title ?? '');
	// The title leaves the flow of the text wherever the source has it (text before an `<h1>` goes to the intro).
	for (const sentence of title) if (wanted.includes(sentence)) wanted.splice(wanted.indexOf(sentence), 1);
	const written = sentencesOf(statementText(statement));
	const haystack = written.join(' ');
	const missing: string[] = [];
	let cursor = 0;
	for (const sentence of wanted) {
		const at = haystack.indexOf(sentence, cursor);
		if (at < 0) missing.push(sentence);
		else cursor = at + sentence.length;
	}
	const chars = (sentences: string[]) => sentences.reduce((sum, sentence) => sum + sentence.length, 0);
	return { sourceChars: chars(inSource), outputChars: chars(title) + chars(written), missing };
}

function statementText(statement: ImportedStatement): string {
	const section = ({ number, heading, markdown, children }: ImportedSection): string =>
		[`${number ?? ''} ${heading}`, mdxText(markdown), ...children.map(section)].join('\n');
	return [mdxText(statement.intro ?? ''), ...statement.sections.map(section)].join('\n');
}

/** What the site will show of a clause's Markdown: parsed as MDX, so text MDX would misread is missed. */
function mdxText(markdown: string): string {
	try {
		return treeText(fromMarkdown(markdown, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] }));
	} catch {
		return '';
	}
}
