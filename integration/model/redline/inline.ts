import { diffArrays } from 'diff';
import { escapeText } from 'entities';
import type { Node } from 'ultrahtml';
import { renderTokens, tokenize, tokenKey, wordCount, type Token } from './tokens.ts';

/** Words a screen reader hears before a change; `<ins>`/`<del>` alone are not announced by most. */
export interface RedlineLabels {
	inserted: string;
	deleted: string;
}

/** An unchanged island between two changes with fewer words than this is read as part of the change. */
export const MIN_ISLAND_WORDS = 3;
/**
 * Past this many inserted plus deleted tokens, a block counts as rewritten and is shown replaced whole.
 * It bounds the diff's cost, linear in the length of a text rather than quadratic for a rewrite.
 */
const MAX_EDIT_TOKENS = 240;
/** A change that leaves less than this share of its sentence unchanged replaces the whole sentence. */
const SENTENCE_KEPT = 0.5;

type Segment = { same: true; before: Token[]; after: Token[] } | { same: false; before: Token[]; after: Token[] };

export function srLabel(text: string): string {
	return `<span class="visually-hidden">${escapeText(text)} </span>`;
}

export function mark(kind: 'ins' | 'del', html: string, labels: RedlineLabels): string {
	return html ? `<${kind}>${srLabel(kind === 'ins' ? labels.inserted : labels.deleted)}${html}</${kind}>` : '';
}

/**
 * A phrase-level redline of two runs of inline content. Words are diffed with jsdiff; unchanged islands
 * too short to read on their own are folded into the change around them, and a sentence that mostly
 * changed is shown replaced whole (the idea of diff-match-patch's semantic cleanup, on words).
 */
export function diffInline(before: Node[], after: Node[], labels: RedlineLabels): string {
	return renderSegments(phrases(tokenize(before), tokenize(after)), labels);
}

export function phrases(before: Token[], after: Token[]): Segment[] {
	const segments: Segment[] = [];
	let i = 0;
	let j = 0;
	const parts = diffArrays(before, after, { comparator: (a, b) => tokenKey(a) === tokenKey(b), maxEditLength: MAX_EDIT_TOKENS });
	if (!parts) return [{ same: false, before, after }];
	for (const part of parts) {
		const n = part.count ?? part.value.length;
		if (!part.added && !part.removed) {
			segments.push({ same: true, before: before.slice(i, i + n), after: after.slice(j, j + n) });
			i += n;
			j += n;
		} else {
			const last = segments.at(-1);
			const change = last && !last.same ? last : (segments.push({ same: false, before: [], after: [] }), segments.at(-1)!);
			if (part.removed) change.before.push(...before.slice(i, (i += n)));
			else change.after.push(...after.slice(j, (j += n)));
		}
	}
	// Widening to sentences can leave new short islands behind, so they are folded once more.
	return foldIslands(toSentences(foldIslands(segments)));
}

/** Merges every unchanged island of fewer than MIN_ISLAND_WORDS words that sits between two changes. */
function foldIslands(segments: Segment[]): Segment[] {
	const out: Segment[] = [];
	for (const segment of segments) {
		const island = out.at(-1);
		const change = out.at(-2);
		if (!segment.same && island && !island.same) {
			island.before.push(...segment.before);
			island.after.push(...segment.after);
		} else if (!segment.same && island?.same && change && !change.same && wordCount(island.after) < MIN_ISLAND_WORDS) {
			out.splice(-2, 2, { same: false, before: [...change.before, ...island.before, ...segment.before], after: [...change.after, ...island.after, ...segment.after] });
		} else {
			out.push(segment);
		}
	}
	return out;
}

const endsSentence = (token: Token) => token.type === 'punct' && /^[.!?;:]$/.test(token.text);

/**
 * Widens a replacement to its whole sentence when little of the sentence around it stays the same. Pure
 * insertions and deletions stay as they are: the words around them did not change.
 */
function toSentences(segments: Segment[]): Segment[] {
	for (let k = 0; k < segments.length; k++) {
		const change = segments[k]!;
		if (change.same || wordCount(change.before) === 0 || wordCount(change.after) === 0) continue;
		const prev = segments[k - 1];
		const next = segments[k + 1];
		// Tokens of the same sentence before and after the change.
		const head = prev?.same ? sentenceTail(prev.after) : 0;
		const tail = next?.same ? sentenceHead(next.after) : 0;
		const kept = wordCount(prev?.after.slice(prev.after.length - head) ?? []) + wordCount(next?.after.slice(0, tail) ?? []);
		const changed = Math.max(wordCount(change.before), wordCount(change.after));
		if (kept === 0 || kept / (kept + changed) >= SENTENCE_KEPT) continue;
		if (prev?.same && head > 0) {
			change.before.unshift(...prev.before.splice(prev.before.length - head));
			change.after.unshift(...prev.after.splice(prev.after.length - head));
		}
		if (next?.same && tail > 0) {
			change.before.push(...next.before.splice(0, tail));
			change.after.push(...next.after.splice(0, tail));
		}
	}
	return segments.filter((s) => !s.same || s.after.length > 0);
}

/** How many tokens at the end of `tokens` belong to the sentence that continues after them. */
function sentenceTail(tokens: Token[]): number {
	let n = 0;
	while (n < tokens.length && !endsSentence(tokens[tokens.length - 1 - n]!)) n++;
	// Keep the space after the full stop outside the change.
	while (n > 0 && tokens[tokens.length - n]!.type !== 'word' && tokens[tokens.length - n]!.type !== 'punct') n--;
	return n;
}

/** How many tokens at the start of `tokens` finish the sentence begun before them, up to its full stop. */
function sentenceHead(tokens: Token[]): number {
	const end = tokens.findIndex(endsSentence);
	return end === -1 ? tokens.length : end + 1;
}

function renderSegments(segments: Segment[], labels: RedlineLabels): string {
	return segments
		.map((segment) => {
			if (segment.same) return renderTokens(segment.after);
			const linkChange = changedLink(segment);
			if (linkChange) return linkChange(labels);
			// Whitespace at the edges of a change stays outside the marks, so marks start and end at words.
			const [lead, before, after, trail] = trimSpace(segment);
			return `${lead}${mark('del', renderTokens(before), labels)}${mark('ins', renderTokens(after), labels)}${trail}`;
		})
		.join('');
}

function trimSpace({ before, after }: Segment): [string, Token[], Token[], string] {
	const edge = (tokens: Token[], at: 0 | -1) => tokens.at(at)?.type === 'space' || tokens.at(at)?.type === 'break';
	const lead = (edge(before, 0) || !before.length) && (edge(after, 0) || !after.length) ? (after[0] ?? before[0])! : undefined;
	const strip = (tokens: Token[]) => {
		let start = lead && edge(tokens, 0) ? 1 : 0;
		let end = tokens.length;
		while (end > start && edge(tokens.slice(0, end), -1)) end--;
		return tokens.slice(start, end);
	};
	const trail = [after, before].map((t) => (edge(t, -1) ? t.at(-1) : undefined)).find(Boolean);
	return [lead ? renderTokens([lead]) : '', strip(before), strip(after), trail ? renderTokens([trail]) : ''];
}

/** The same visible words with another link target: the new link, and the old and new targets named. */
function changedLink(segment: Segment) {
	const text = (tokens: Token[]) => tokens.map((t) => (t.type === 'space' || t.type === 'break' ? ' ' : t.text)).join('').trim();
	const href = (tokens: Token[]) => tokens.flatMap((t) => t.context).map((tag) => /^<a [^>]*href="([^"]*)"/.exec(tag)?.[1]).find(Boolean);
	const [old, now] = [href(segment.before), href(segment.after)];
	if (!old || !now || old === now || text(segment.before) !== text(segment.after)) return undefined;
	return (labels: RedlineLabels) => `${renderTokens(segment.after)} <span class="redline-link">(${mark('del', old, labels)}${mark('ins', now, labels)})</span>`;
}
