import type { Heading, List, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { BULLET, numberPath, splitNumber } from './numbering.ts';

interface Line {
	text: string;
	/** A blank line (or the start) comes before it. */
	opens: boolean;
}

const LIST_NUMBER = /^(\d{1,3})[.)]\s+/;
const SENTENCE_END = /[.!?:][)"'”’]*$/u;
const SHORT = 100;

/**
 * Plain text as a browser copies a page: one line per paragraph, heading and list item, blank lines
 * between blocks (not always), tab-separated table cells, bullets when the page drew them. The lines
 * become Markdown's syntax tree, so that text goes the same way to sections as Markdown and HTML do.
 */
export function textTree(source: string): Root {
	const lines: Line[] = [];
	let opens = true;
	for (const raw of source.split(/\r\n?|\n/)) {
		const text = raw.trim();
		if (text !== '') lines.push({ text, opens });
		opens = text === '';
	}
	const children: RootContent[] = [];
	let i = 0;
	// The first line names the statement when it reads as a heading and is not a numbered section.
	if (lines.length > 1 && headingLike(lines[0].text) && splitNumber(lines[0].text).number === undefined) {
		children.push(heading(1, lines[0].text));
		i = 1;
	}
	let sectionDepth: number | undefined;
	while (i < lines.length) {
		const line = lines[i];
		const run = (test: (line: Line, index: number) => boolean) => {
			let end = i;
			while (end < lines.length && (end === i || !lines[end].opens) && test(lines[end], end)) end++;
			return end;
		};
		const previous = lines[i - 1]?.text ?? '';
		let end: number;
		if (BULLET.test(line.text)) {
			end = run((next, index) => index === i || BULLET.test(next.text) || startsLower(next.text));
			children.push(list(lines.slice(i, end), BULLET));
		} else if ((end = orderedRun(lines, i)) > i + 1) {
			children.push(list(lines.slice(i, end), LIST_NUMBER));
		} else if (line.text.includes('\t') && (end = run((next) => tabs(next.text) === tabs(line.text))) > i + 1) {
			children.push(table(lines.slice(i, end)));
		} else if ((end = parallelRun(lines, i, !line.opens && previous.endsWith(':'))) > i + 1) {
			children.push(list(lines.slice(i, end)));
		} else if (isHeading(lines, i)) {
			const { number } = splitNumber(line.text);
			const depth = number === undefined ? (sectionDepth ?? 1) + 1 : numberPath(number).length + 1;
			if (number !== undefined) sectionDepth = depth;
			children.push(heading(depth, line.text));
			end = i + 1;
		} else {
			end = run((next, index) => index === i || (!SENTENCE_END.test(lines[index - 1].text) && !BULLET.test(next.text) && !isHeading(lines, index)));
			children.push(paragraph(lines.slice(i, end)));
		}
		i = end;
	}
	return { type: 'root', children };
}

/** A numbered heading (`3.2 Bewaartermijn`) anywhere; an unnumbered one only as the first line of a block, followed by a paragraph. */
function isHeading(lines: Line[], i: number): boolean {
	const { text, opens } = lines[i];
	if (!headingLike(text) || BULLET.test(text)) return false;
	if (splitNumber(text).number !== undefined) return true;
	const previous = lines[i - 1]?.text;
	if (!opens && !(previous && /[.!?][)"'”’]*$/u.test(previous))) return false;
	const next = lines[i + 1]?.text;
	if (next === undefined || startsLower(next)) return false;
	return SENTENCE_END.test(next) || next.length > SHORT || BULLET.test(next) || isHeading(lines, i + 1);
}

/** Short, starting with a capital or a number, without a final full stop or colon. `B.V.` at the end is not a full stop. */
function headingLike(text: string): boolean {
	if (text.length > SHORT || text.split(/\s+/).length > 14 || text.includes('\t')) return false;
	if (!/^[\p{Lu}\p{N}"'“‘(§]/u.test(text) || /[:;,]$/.test(text)) return false;
	const last = text.split(/\s+/).at(-1) ?? '';
	if (last.endsWith('.') && !last.slice(0, -1).includes('.')) return false;
	// `Laatste aanpassing: 1 januari 2019` labels a value; it heads nothing.
	return splitNumber(text).number !== undefined || !text.includes(': ');
}

/** `1. Naam`, `2. Adres`: consecutive lines numbered one up are a list, not sections 1 and 2. */
function orderedRun(lines: Line[], i: number): number {
	const first = Number(LIST_NUMBER.exec(lines[i].text)?.[1]);
	let end = i;
	while (end < lines.length && (end === i || !lines[end].opens) && Number(LIST_NUMBER.exec(lines[end].text)?.[1]) === first + end - i) end++;
	return end;
}

/**
 * Lines that read as items although the copy lost their bullets: each short, starting alike (all in lower
 * case, or all in capitals) and ending alike in `;` or `,`, or all in lower case, or three or more after a
 * line ending in a colon. A sentence wrapped after a comma starts in capitals and goes on in lower case.
 */
function parallelRun(lines: Line[], i: number, afterColon: boolean): number {
	let end = i;
	while (end < lines.length && (end === i || !lines[end].opens) && lines[end].text.length <= SHORT && !lines[end].text.includes('\t')) end++;
	const items = lines.slice(i, end).map((line) => line.text);
	if (items.length < 2) return i;
	const lower = items.every(startsLower);
	const alike = lower || !items.some(startsLower);
	const separated = alike && items.slice(0, -1).every((item) => /[;,]$/.test(item));
	return separated || lower || (afterColon && items.length >= 3) ? end : i;
}

function heading(depth: number, text: string): Heading {
	return { type: 'heading', depth: Math.min(depth, 6) as Heading['depth'], children: [{ type: 'text', value: text }] };
}

/** Items start at their marker (a line without one goes on the item before it), or at each line when the copy shows none. */
function list(lines: Line[], marker?: RegExp): List {
	const ordered = marker === LIST_NUMBER;
	const items: string[][] = [];
	for (const { text } of lines) {
		if (!marker || marker.test(text) || items.length === 0) items.push([marker ? text.replace(marker, '') : text]);
		else items[items.length - 1].push(text);
	}
	return {
		type: 'list',
		ordered,
		start: ordered ? Number(LIST_NUMBER.exec(lines[0].text)?.[1]) : undefined,
		spread: false,
		children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing(item) }] })),
	};
}

function table(lines: Line[]): Table {
	const rows = lines.map((line) => line.text.split('\t').map((cell) => cell.trim()));
	return {
		type: 'table',
		children: rows.map((cells) => ({
			type: 'tableRow',
			children: cells.map((cell) => ({ type: 'tableCell', children: cell ? [{ type: 'text', value: cell }] : [] })),
		})),
	};
}

function paragraph(lines: Line[]): RootContent {
	return { type: 'paragraph', children: phrasing(lines.map((line) => line.text)) };
}

/**
 * A line running on in lower case was wrapped, and joins its sentence; any other line break was meant (an
 * address). An e-mail address was a link on the page the text was copied from, and becomes one again.
 */
function phrasing(lines: string[]): PhrasingContent[] {
	const children: PhrasingContent[] = [];
	lines.forEach((text, index) => {
		if (index > 0) children.push(startsLower(text) ? { type: 'text', value: ' ' } : { type: 'break' });
		text.split(EMAIL).forEach((part, at) => {
			if (at % 2 === 1) children.push({ type: 'link', url: `mailto:${part}`, children: [{ type: 'text', value: part }] });
			else if (part !== '') children.push({ type: 'text', value: part });
		});
	});
	return children;
}

/** Captured, so that `split` keeps the addresses between the text around them. */
const EMAIL = /([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/u;

const startsLower = (text: string) => /^\p{Ll}/u.test(text);
const tabs = (text: string) => text.split('\t').length - 1;
