import { fromHtml } from 'hast-util-from-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { ImportError, type SourceFormat } from './types.ts';

const extensions: Record<string, SourceFormat> = {
	html: 'html',
	htm: 'html',
	xhtml: 'html',
	md: 'markdown',
	mdx: 'markdown',
	markdown: 'markdown',
	txt: 'text',
};

/** The file's extension decides; a file without a known one is sniffed, since saved pages and pasted text often have none. */
export function detectFormat(bytes: Uint8Array, fileName: string): SourceFormat {
	const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	const known = extension === undefined ? undefined : extensions[extension];
	if (known) return known;
	const text = decode(bytes, false);
	if (looksLikeHtml(text)) return 'html';
	return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

/**
 * The text of the file. Only UTF-8 and UTF-16 with a byte order mark are read: any other encoding would
 * have to be guessed, and a wrong guess changes letters in a legal text without anyone noticing.
 */
export function decodeSource(bytes: Uint8Array, fileName: string): string {
	const saveAsUtf8 = `Open ${fileName} in an editor and save it as UTF-8 text, or convert it: iconv -f CP1252 -t UTF-8 '${fileName}' > statement.txt`;
	if (bytes.length === 0) throw new ImportError(`${fileName} is empty.`, 'Put the text of the privacy statement in the file and import it again.');
	const binary = new ImportError(
		`${fileName} is a binary file (it holds NUL bytes), not a web page, Markdown or text.`,
		`${saveAsUtf8}; a PDF or Word file: copy its text into a .txt file.`,
	);
	// Text never holds NUL; UTF-16 is the one encoding whose bytes do, so it is looked at once decoded.
	if (encodingOf(bytes) === 'utf-8' && bytes.includes(0)) throw binary;
	let text: string;
	try {
		text = decode(bytes, true);
	} catch {
		throw new ImportError(`${fileName} is not UTF-8 text, and has no byte order mark that names another encoding.`, saveAsUtf8);
	}
	if (text.includes('\u0000')) throw binary;
	if (text.trim() === '')
		throw new ImportError(`${fileName} holds only white space.`, 'Put the text of the privacy statement in the file and import it again.');
	return text;
}

const encodingOf = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8');

/** The decoder drops the byte order mark itself. */
const decode = (bytes: Uint8Array, fatal: boolean) => new TextDecoder(encodingOf(bytes), { fatal }).decode(bytes);

/** A saved page starts with markup (a doctype, `<html>`, a comment), and the HTML parser finds elements in it. */
function looksLikeHtml(text: string): boolean {
	if (!text.trimStart().startsWith('<')) return false;
	const tree = fromHtml(text);
	const stack: typeof tree.children = [...tree.children];
	for (let node = stack.pop(); node; node = stack.pop()) {
		// Elements the parser only implied (html, head, body around plain text) have no position.
		if (node.type === 'element' && node.position) return true;
		if ('children' in node) stack.push(...node.children);
	}
	return false;
}

/** Markdown shows its syntax: `#` headings, `**bold**`, `[links](…)` or tables; text copied from a browser has none of it. */
function looksLikeMarkdown(text: string): boolean {
	const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	const written = (node: Nodes, first: string) => text.charAt(node.position?.start.offset ?? -1) === first;
	const stack: Nodes[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.type === 'heading' && written(node, '#')) return true;
		if (node.type === 'link' && written(node, '[')) return true;
		if (node.type === 'strong' || node.type === 'table' || node.type === 'code' || node.type === 'definition') return true;
		if ('children' in node) stack.push(...node.children);
	}
	return false;
}
